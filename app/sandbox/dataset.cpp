#include "dataset.h"

#include "aliyun/seed.h"
#include "huawei/seed.h"
#include "jsonwriter.h"
#include "regions.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace flowlog::sandbox {

namespace {

// length characters drawn from alphabet, one draw each.
QString randomOf(QRandomGenerator &rng, int length, QLatin1StringView alphabet)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(rng.bounded(static_cast<quint32>(alphabet.size()))));
    return out;
}

} // namespace

QString Dataset::randomId(QRandomGenerator &rng, int length)
{
    return randomOf(rng, length, QLatin1StringView("abcdefghijklmnopqrstuvwxyz0123456789"));
}

QString Dataset::pick(QRandomGenerator &rng, const QStringList &values)
{
    return values.at(static_cast<int>(rng.bounded(static_cast<quint32>(values.size()))));
}

quint32 Dataset::seedFrom(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5);
    return qFromLittleEndian<quint32>(h.constData());
}

QDateTime Dataset::creationTime(QRandomGenerator &rng)
{
    static const QDateTime end(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    const qint64 back = static_cast<qint64>(rng.bounded(730u * 24u * 3600u));
    return end.addSecs(-back);
}

namespace {

const QString kAliyunMemberRole = QStringLiteral("ResourceDirectoryAccountAccessRole");
const QString kHuaweiMemberAgency = QStringLiteral("flowlog-audit");

// Stable ids from a name: the same seed and account give the same id, without drawing on the data's generator.
QByteArray digest(quint32 seed, const QString &what)
{
    return QCryptographicHash::hash(QByteArray::number(seed) + '|' + what.toUtf8(), QCryptographicHash::Sha256);
}

QString aliyunUid(quint32 seed, const QString &name)
{
    const QByteArray h = digest(seed, name);
    QString uid = QStringLiteral("1");
    for (int i = 0; i < 15; ++i)
        uid += QLatin1Char(char('0' + static_cast<unsigned char>(h.at(i)) % 10));
    return uid;
}

QString hexId(quint32 seed, const QString &what)
{
    return QString::fromLatin1(digest(seed, what).toHex().left(32));
}

// Hexadecimal, as Huawei's ids are (the rule table checks the UUID shape); one draw per digit, as before, so the
// data generated after a router id stays the same.
QString hexId(QRandomGenerator &rng, int length)
{
    return randomOf(rng, length, QLatin1StringView("0123456789abcdef"));
}

QString routerId(QRandomGenerator &rng)
{
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(hexId(rng, 8), hexId(rng, 4), hexId(rng, 3), hexId(rng, 3), hexId(rng, 12));
}

QStringList regionIds(const QList<Region> &regions)
{
    QStringList out;
    for (const Region &r : regions)
        out << r.id;
    return out;
}

// What every account of a provider has: an id derived from its name, and the default regions.
void identify(Account &a, quint32 seed)
{
    a.accountId = a.isAliyun() ? aliyunUid(seed, a.name) : hexId(seed, a.name);
    a.regions = a.isAliyun() ? QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")}
                             : QStringList{QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")};
}

// The instances its profile names: an ECR instance (Alibaba), a project and a router per region (Huawei).
void furnish(Account &a, QRandomGenerator &rng)
{
    if (a.isAliyun()) {
        a.ecrIds = {QStringLiteral("ecr-%1").arg(Dataset::randomId(rng, 18))};
        return;
    }
    for (const QString &region : std::as_const(a.regions)) {
        a.projectIds.insert(region, Dataset::randomId(rng, 32));
        a.erIds.insert(region, {routerId(rng)});
    }
}

// What --regions-spread adds to a sample account: every known region, and instances no profile names.
void spread(Account &a, quint32 seed, qsizetype index)
{
    QRandomGenerator side(seed ^ 0x5bd1e995u ^ static_cast<quint32>(index));
    if (a.isAliyun()) {
        a.regions = regionIds(aliyunRegions());
        a.hiddenEcrIds = {QStringLiteral("ecr-%1").arg(Dataset::randomId(side, 18))};
        return;
    }
    const QStringList named = a.regions;
    a.regions = regionIds(huaweiRegions());
    for (const QString &region : std::as_const(a.regions)) {
        if (!a.projectIds.contains(region))
            a.projectIds.insert(region, Dataset::randomId(side, 32));
        if (!named.contains(region))
            a.hiddenErIds.insert(region, {routerId(side)});
    }
    a.hiddenErIds[named.value(0)].append(routerId(side));
}

// Huawei: a project in every region, as in a real domain (the profile's regions keep their ids).
void completeProjects(Account &a, quint32 seed)
{
    a.allProjectIds = a.projectIds;
    for (const Region &r : huaweiRegions()) {
        if (!a.allProjectIds.contains(r.id))
            a.allProjectIds.insert(r.id, hexId(seed, a.accountId + QLatin1Char('|') + r.id));
    }
}

} // namespace

QString Account::regionOfProject(QStringView projectId) const
{
    for (auto it = allProjectIds.cbegin(); it != allProjectIds.cend(); ++it) {
        if (it.value() == projectId)
            return it.key();
    }
    return {};
}

QString Account::roleArn() const
{
    return QStringLiteral("acs:ram::%1:role/%2").arg(accountId, accessRole);
}

QJsonObject Account::toProfileJson(bool keyOnly) const
{
    // The account id stays in a key-only line: Huawei's SDKs sign global (IAM) calls with the domain id.
    QJsonObject line{{QStringLiteral("name"), name},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("accessKeyId"), accessKeyId},
                     {QStringLiteral("secret"), secret},
                     {QStringLiteral("accountId"), accountId}};
    if (!keyOnly) {
        QJsonObject ers;
        for (auto it = erIds.cbegin(); it != erIds.cend(); ++it)
            ers.insert(it.key(), QJsonArray::fromStringList(it.value()));
        line.insert(QStringLiteral("regions"), QJsonArray::fromStringList(regions));
        line.insert(QStringLiteral("ecrIds"), QJsonArray::fromStringList(ecrIds));
        line.insert(QStringLiteral("projectIds"), toJsonObject(projectIds));
        line.insert(QStringLiteral("erIds"), ers);
    }
    if (organization) {
        line.insert(QStringLiteral("organization"), true);
        line.insert(isAliyun() ? QStringLiteral("memberRole") : QStringLiteral("memberAgency"),
                    isAliyun() ? kAliyunMemberRole : kHuaweiMemberAgency);
    }
    if (!memberOf.isEmpty()) {
        line.insert(QStringLiteral("memberOf"), memberOf);
        if (isAliyun()) {
            line.insert(QStringLiteral("roleArn"), roleArn());
        } else {
            line.insert(QStringLiteral("agencyName"), accessRole);
            line.insert(QStringLiteral("domainId"), accountId);
        }
    }
    return line;
}

bool TemporaryCredential::hasExpired() const
{
    return QDateTime::currentMSecsSinceEpoch() >= expiresAtMs;
}

Dataset::Dataset(const Options &options)
    : m_transitions(options.transitionMs)
{
    QRandomGenerator rng(options.seed);
    static const QStringList teams = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("payments"),
                                      QStringLiteral("data"), QStringLiteral("edge"),    QStringLiteral("corp")};
    for (int i = 0; i < options.accounts; ++i) {
        // Every third account is a Huawei Cloud account.
        const bool huawei = i % 3 == 2;
        Account a;
        a.provider = huawei ? QStringLiteral("huaweicloud") : QStringLiteral("aliyun");
        a.name = QStringLiteral("%1-%2%3").arg(huawei ? QStringLiteral("hw") : QStringLiteral("ali"),
                                               teams.at(i % teams.size()),
                                               i >= teams.size() ? QStringLiteral("-%1").arg(i) : QString());
        a.accessKeyId = (huawei ? QStringLiteral("HWSANDBOX") : QStringLiteral("SANDBOX")) +
                        randomId(rng, huawei ? 11 : 17).toUpper();
        a.secret = randomId(rng, huawei ? 40 : 30);
        identify(a, options.seed);
        furnish(a, rng);
        if (options.regionsSpread)
            spread(a, options.seed, i);
        seedFlowLogs(a, rng.generate(), options);
        m_accounts.append(a);
    }
    if (options.orgMembers > 0) {
        // The first Alibaba and the first Huawei account manage an organisation each.
        for (const qsizetype management : {0, 2}) {
            if (management < m_accounts.size())
                addOrganisation(management, options);
        }
    }
    // Seeded flow logs shown changing state settle like any other change: deterministic, --transition-ms from now.
    m_transitions.startSeeded(*this, QDateTime::currentMSecsSinceEpoch());
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (!m_accounts.at(i).accessKeyId.isEmpty())
            m_accountIndex.insert(m_accounts.at(i).accessKeyId, i);
        m_idIndex.insert(m_accounts.at(i).accountId, i);
    }
}

void Dataset::seedFlowLogs(Account &account, quint32 seed, const Options &options)
{
    if (account.isAliyun()) {
        aliyun::seedAccount(*this, account, seed, options.flowLogs);
        aliyun::seedResources(*this, account, seed, options.flowLogs);
        return;
    }
    completeProjects(account, options.seed);
    huawei::seedAccount(*this, account, seed, options.flowLogs);
    huawei::seedResources(*this, account, seed, options.flowLogs);
}

void Dataset::addOrganisation(qsizetype management, const Options &options)
{
    m_accounts[management].organization = true;
    const Account manager = m_accounts.at(management); // appending members may move the list's storage
    const int width = static_cast<int>(QString::number(options.orgMembers).size());
    const QStringList all = regionIds(manager.isAliyun() ? aliyunRegions() : huaweiRegions());
    for (int k = 1; k <= options.orgMembers; ++k) {
        QRandomGenerator rng(options.seed ^ 0xa5a5a5a5u ^ static_cast<quint32>(management * 100003 + k));
        Account m;
        m.provider = manager.provider;
        m.name = QStringLiteral("%1-m%2").arg(manager.name).arg(k, width, 10, QLatin1Char('0'));
        m.memberOf = manager.name;
        identify(m, options.seed);
        m.accessRole = manager.isAliyun() ? kAliyunMemberRole : kHuaweiMemberAgency;
        m.accessRoleExists = !isDenied(options, u"role", m.name) && !isDenied(options, u"role", m.accountId);
        if (options.regionsSpread) {
            // Three regions each, drawn from every known one: together the members cover the map.
            m.regions.clear();
            while (m.regions.size() < 3) {
                const QString r = pick(rng, all);
                if (!m.regions.contains(r))
                    m.regions << r;
            }
        }
        furnish(m, rng);
        seedFlowLogs(m, rng.generate(), options);
        m_accounts.append(m);
    }
}

const Account *Dataset::accountById(const QString &accountId) const
{
    const auto it = m_idIndex.constFind(accountId);
    return it == m_idIndex.cend() ? nullptr : &m_accounts.at(it.value());
}

const Account *Dataset::accountByName(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QList<const Account *> Dataset::membersOf(const Account &management) const
{
    QList<const Account *> out;
    for (const Account &a : m_accounts) {
        if (!management.name.isEmpty() && a.memberOf == management.name)
            out << &a;
    }
    return out;
}

const TemporaryCredential &Dataset::issueTemporary(const Account &account, qint64 lifetimeMs)
{
    QRandomGenerator &rng = *QRandomGenerator::system();
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString key = account.isAliyun() ? QStringLiteral("STS.") : QStringLiteral("HSTA");
    for (int i = 0; i < (account.isAliyun() ? 28 : 16); ++i)
        key += QLatin1Char(alphabet[rng.bounded(36)]);
    QByteArray blob(96, Qt::Uninitialized);
    for (char &c : blob)
        c = static_cast<char>(rng.bounded(256));
    TemporaryCredential c;
    c.accessKeyId = key;
    c.secret = QString::fromLatin1(blob.left(30).toBase64());
    // Alibaba tokens start "CAIS", Huawei's "gQ": a token of another shape reads as malformed.
    c.securityToken = (account.isAliyun() ? QStringLiteral("CAIS") : QStringLiteral("gQ")) +
                      QString::fromLatin1(blob.mid(30).toBase64());
    c.account = &account;
    c.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + lifetimeMs;
    m_issuedTokens.insert(c.securityToken);
    return *m_temporary.insert(key, c);
}

const TemporaryCredential *Dataset::temporaryByKey(const QString &accessKeyId) const
{
    const auto it = m_temporary.constFind(accessKeyId);
    return it == m_temporary.cend() ? nullptr : &it.value();
}

bool Dataset::isIssuedToken(const QString &securityToken) const
{
    return m_issuedTokens.contains(securityToken);
}

QString Dataset::key(Service service, const Account &account, QStringView scope, QStringView instance)
{
    // The catalogue's key ("vpc", ...): one spelling of a service for the whole program.
    return listKey(traits(service).key, account, scope, instance);
}

QString Dataset::listKey(QLatin1StringView prefix, const Account &account, QStringView scope, QStringView instance)
{
    QString out = prefix;
    out += QLatin1Char('|');
    out += account.accountId;
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
