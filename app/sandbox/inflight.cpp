#include "inflight.h"

#include "aliyun/signature.h"
#include "dataset.h"
#include "huawei/signature.h"

#include <algorithm>

namespace flowlog::sandbox {

namespace {

// The value of key in a "k=v&k=v" form, percent-decoded; empty when absent.
QString formValue(const QByteArray &form, QByteArrayView key)
{
    qsizetype from = 0;
    while (from < form.size()) {
        qsizetype end = form.indexOf('&', from);
        if (end < 0)
            end = form.size();
        const QByteArrayView pair(form.constData() + from, end - from);
        if (pair.size() > key.size() && pair.startsWith(key) && pair.at(key.size()) == '=')
            return QString::fromUtf8(QByteArray::fromPercentEncoding(pair.sliced(key.size() + 1).toByteArray()));
        from = end + 1;
    }
    return {};
}

} // namespace

QString InFlight::accountOf(const Dataset &dataset, const ApiRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    QString key;
    if (authorization.startsWith("ACS3-"))
        key = aliyun::parseAcs3Authorization(authorization).accessKeyId;
    else if (authorization.startsWith("SDK-HMAC-SHA256"))
        key = huawei::parseAuthorization(authorization).access;
    else
        key = formValue(request.rawQuery, "AccessKeyId");
    if (key.isEmpty() && request.method == "POST")
        key = formValue(request.body, "AccessKeyId");
    if (key.isEmpty())
        return {};
    if (const Account *account = dataset.accountByKey(key))
        return account->name;
    if (const TemporaryCredential *temporary = dataset.temporaryByKey(key); temporary && temporary->account)
        return temporary->account->name;
    return {};
}

void InFlight::begin(const QString &account)
{
    m_max = std::max(m_max, ++m_inFlight);
    if (account.isEmpty())
        return;
    const int n = ++m_perAccount[account];
    if (n > m_maxPerAccount) {
        m_maxPerAccount = n;
        m_maxAccount = account;
    }
}

bool InFlight::admit(const QString &account, int limit)
{
    if (account.isEmpty())
        return true; // credentials the sandbox does not know: no account to limit
    int &n = m_admitted[account];
    if (limit > 0 && n >= limit)
        return false;
    ++n;
    return true;
}

void InFlight::end(const QString &account, bool admitted)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (account.isEmpty())
        return;
    if (const auto served = m_admitted.find(account); admitted && served != m_admitted.end() && --*served <= 0)
        m_admitted.erase(served);
    const auto it = m_perAccount.find(account);
    if (it != m_perAccount.end() && --*it <= 0)
        m_perAccount.erase(it);
}

void InFlight::resetPeaks()
{
    m_max = m_inFlight;
    m_maxPerAccount = 0;
    m_maxAccount.clear();
    for (auto it = m_perAccount.cbegin(); it != m_perAccount.cend(); ++it) {
        if (it.value() > m_maxPerAccount) {
            m_maxPerAccount = it.value();
            m_maxAccount = it.key();
        }
    }
}

void InFlight::addTo(QJsonObject &stats) const
{
    stats.insert(QStringLiteral("inFlight"), m_inFlight);
    stats.insert(QStringLiteral("maxInFlight"), m_max);
    stats.insert(QStringLiteral("maxInFlightPerAccount"), m_maxPerAccount);
    stats.insert(QStringLiteral("maxInFlightAccount"), m_maxAccount);
}

} // namespace flowlog::sandbox
