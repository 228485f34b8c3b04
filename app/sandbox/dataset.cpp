#include "dataset.h"

#include "aliyun/seed.h"
#include "huawei/seed.h"
#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace flowlog::sandbox {

QString Dataset::randomId(QRandomGenerator &rng, int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng.bounded(36)]));
    return out;
}

QString Dataset::pick(QRandomGenerator &rng, const QStringList &values)
{
    return values.at(static_cast<int>(rng.bounded(static_cast<quint32>(values.size()))));
}

QDateTime Dataset::creationTime(QRandomGenerator &rng)
{
    static const QDateTime end(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 back = static_cast<qint64>(rng.bounded(730u * 24u * 3600u));
    return end.addSecs(-back);
}

QJsonObject Account::toProfileJson() const
{
    QJsonObject ers;
    for (auto it = erIds.cbegin(); it != erIds.cend(); ++it)
        ers.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("provider"), provider},
                       {QStringLiteral("accessKeyId"), accessKeyId},
                       {QStringLiteral("secret"), secret},
                       {QStringLiteral("regions"), QJsonArray::fromStringList(regions)},
                       {QStringLiteral("ecrIds"), QJsonArray::fromStringList(ecrIds)},
                       {QStringLiteral("projectIds"), toJsonObject(projectIds)},
                       {QStringLiteral("erIds"), ers}};
}

Dataset::Dataset(const Options &options)
    : m_transitions(options.transitionMs)
{
    QRandomGenerator rng(options.seed);
    static const QStringList teams = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("payments"),
                                      QStringLiteral("data"), QStringLiteral("edge"),    QStringLiteral("corp")};
    for (int i = 0; i < options.accounts; ++i) {
        Account a;
        const QString team = teams.at(i % teams.size());
        const QString suffix = i >= teams.size() ? QStringLiteral("-%1").arg(i) : QString();
        // Every third account is a Huawei Cloud account.
        if (i % 3 == 2) {
            a.provider = QStringLiteral("huaweicloud");
            a.name = QStringLiteral("hw-%1%2").arg(team, suffix);
            a.accessKeyId = QStringLiteral("HWSANDBOX%1").arg(randomId(rng, 11).toUpper());
            a.secret = randomId(rng, 40);
            a.regions = {QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")};
            for (const QString &region : std::as_const(a.regions)) {
                a.projectIds.insert(region, randomId(rng, 32));
                a.erIds.insert(region, {QStringLiteral("%1-%2-4%3-8%4-%5")
                                            .arg(randomId(rng, 8), randomId(rng, 4), randomId(rng, 3), randomId(rng, 3),
                                                 randomId(rng, 12))});
            }
            huawei::seedAccount(*this, a, rng.generate(), options.flowLogs);
        } else {
            a.provider = QStringLiteral("aliyun");
            a.name = QStringLiteral("ali-%1%2").arg(team, suffix);
            a.accessKeyId = QStringLiteral("SANDBOX%1").arg(randomId(rng, 17).toUpper());
            a.secret = randomId(rng, 30);
            a.regions = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
            a.ecrIds = {QStringLiteral("ecr-%1").arg(randomId(rng, 18))};
            aliyun::seedAccount(*this, a, rng.generate(), options.flowLogs);
        }
        m_accounts.append(a);
    }
    for (qsizetype i = 0; i < m_accounts.size(); ++i)
        m_accountIndex.insert(m_accounts.at(i).accessKeyId, i);
}

namespace {

QLatin1StringView keyPrefix(Service service)
{
    switch (service) {
    case Service::Vpc:
        return QLatin1StringView("vpc|");
    case Service::Cen:
        return QLatin1StringView("cen|");
    case Service::Ecr:
        return QLatin1StringView("ecr|");
    case Service::Er:
        return QLatin1StringView("er|");
    }
    return {};
}

} // namespace

QString Dataset::key(Service service, const Account &account, QStringView scope, QStringView instance)
{
    QString out = keyPrefix(service);
    out += account.accessKeyId;
    out += QLatin1Char('|');
    out += scope;
    if (!instance.isEmpty()) {
        out += QLatin1Char('|');
        out += instance;
    }
    return out;
}

const Account *Dataset::accountByKey(const QString &accessKeyId) const
{
    const auto it = m_accountIndex.constFind(accessKeyId);
    return it == m_accountIndex.cend() ? nullptr : &m_accounts.at(it.value());
}

int Dataset::totalFlowLogs() const
{
    int total = 0;
    for (const auto &list : m_flowLogs)
        total += static_cast<int>(list.size());
    return total;
}

} // namespace flowlog::sandbox
