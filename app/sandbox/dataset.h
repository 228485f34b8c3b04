#pragma once

#include "catalog.h"
#include "resources.h"
#include "sandboxoptions.h"
#include "transitions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace flowlog::sandbox {

struct Account
{
    QString name;
    QString provider;    // "aliyun" | "huaweicloud"
    QString accessKeyId; // empty for organisation members: reachable only through their access role
    QString secret;
    QString accountId;                      // Alibaba: the numeric uid; Huawei: the domain id
    QStringList regions;                    // where its flow logs lie
    QStringList ecrIds;                     // Alibaba ECR instances its profile names
    QStringList hiddenEcrIds;               // ... and those only discovery finds (--regions-spread)
    QMap<QString, QString> projectIds;      // Huawei: region -> project id, for the regions above
    QMap<QString, QString> allProjectIds;   // ... for every region (one project per region, as in a real domain)
    QMap<QString, QStringList> erIds;       // Huawei: region -> routers its profile names
    QMap<QString, QStringList> hiddenErIds; // ... and those only discovery finds (--regions-spread)
    bool organization = false;              // an organisation's management account
    QString memberOf;                       // a member: its management account's name
    QString accessRole;                     // a member: the role (Alibaba) or agency (Huawei) that reaches it
    bool accessRoleExists = true;           // false: --deny role:MEMBER

    [[nodiscard]] bool isAliyun() const { return provider == QLatin1String("aliyun"); }
    [[nodiscard]] QStringList allEcrIds() const { return ecrIds + hiddenEcrIds; }
    [[nodiscard]] QStringList routersIn(const QString &region) const
    {
        return erIds.value(region) + hiddenErIds.value(region);
    }
    // The region of one of its Huawei projects, or empty.
    [[nodiscard]] QString regionOfProject(QStringView projectId) const;
    // "acs:ram::<uid>:role/<name>"
    [[nodiscard]] QString roleArn() const;
    // The --print-profiles line; keyOnly (--print-key-only) leaves out the typed regions, instance and project ids.
    [[nodiscard]] QJsonObject toProfileJson(bool keyOnly = false) const;
};

// Credentials AssumeRole or the agency call issued: valid with their token until they expire.
struct TemporaryCredential
{
    QString accessKeyId;
    QString secret;
    QString securityToken;
    const Account *account = nullptr; // whose permissions they carry
    qint64 expiresAtMs = 0;

    [[nodiscard]] bool hasExpired() const;
};

// Deterministic sample data: the same seed gives the same accounts and flow logs, byte for byte.
// Flow logs are kept in each API's own response shape, so answers are exactly what the real API sends, in one list
// per source, named by key().
class Dataset
{
public:
    explicit Dataset(const Options &options);

    // The sample accounts, then each organisation's members.
    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }
    [[nodiscard]] const Account *accountByKey(const QString &accessKeyId) const;
    [[nodiscard]] const Account *accountById(const QString &accountId) const;
    [[nodiscard]] const Account *accountByName(const QString &name) const;
    [[nodiscard]] QList<const Account *> membersOf(const Account &management) const;

    // New temporary credentials for account, valid for lifetimeMs; accessKeyPrefix "STS." (Alibaba) or "HSTA"
    // (Huawei). Expired ones are kept, so a late caller hears "expired" rather than "unknown key".
    const TemporaryCredential &issueTemporary(const Account &account, qint64 lifetimeMs);
    [[nodiscard]] const TemporaryCredential *temporaryByKey(const QString &accessKeyId) const;
    [[nodiscard]] bool isIssuedToken(const QString &securityToken) const;

    // The name of one source's flow-log list: the service, the owning account, then where in it: the region (VPC,
    // CEN), the ECR instance, or the project and router (ER: scope = project id, instance = router id).
    [[nodiscard]] static QString key(Service service, const Account &account, QStringView scope,
                                     QStringView instance = {});
    // "prefix|account id|scope" [+ "|instance"]: how every list of the sandbox is named.
    [[nodiscard]] static QString listKey(QLatin1StringView prefix, const Account &account, QStringView scope,
                                         QStringView instance);
    [[nodiscard]] QList<QJsonObject> &flowLogs(const QString &key) { return m_flowLogs[key]; }
    [[nodiscard]] const QHash<QString, QList<QJsonObject>> &allFlowLogs() const { return m_flowLogs; }
    [[nodiscard]] int totalFlowLogs() const;
    // The flow logs changing state, and how many were deleted.
    [[nodiscard]] Transitions &transitions() { return m_transitions; }
    [[nodiscard]] const Transitions &transitions() const { return m_transitions; }
    // The networks the flow logs watch (VPCs, transit routers and attachments, VBRs, ER attachments).
    [[nodiscard]] Resources &resources() { return m_resources; }
    [[nodiscard]] const Resources &resources() const { return m_resources; }

    // Shared generators for the provider modules.
    [[nodiscard]] static QString randomId(QRandomGenerator &rng, int length);
    [[nodiscard]] static QString pick(QRandomGenerator &rng, const QStringList &values);
    // A generator seed derived from text: the same text, the same data, in every run.
    [[nodiscard]] static quint32 seedFrom(const QString &text);
    // A UTC time within the two years before a fixed instant (data does not depend on today's date).
    [[nodiscard]] static QDateTime creationTime(QRandomGenerator &rng);

private:
    void addOrganisation(qsizetype management, const Options &options);
    // Seeds account's flow logs from seed (and completes a Huawei account's projects).
    void seedFlowLogs(Account &account, quint32 seed, const Options &options);

    QList<Account> m_accounts;
    QHash<QString, qsizetype> m_accountIndex; // accessKeyId -> index: looked up on every request
    QHash<QString, qsizetype> m_idIndex;      // accountId -> index
    QHash<QString, QList<QJsonObject>> m_flowLogs;
    QHash<QString, TemporaryCredential> m_temporary; // access key id -> credential
    QSet<QString> m_issuedTokens;
    Transitions m_transitions;
    Resources m_resources;
};

} // namespace flowlog::sandbox
