#pragma once

#include "catalog.h"
#include "sandboxoptions.h"
#include "transitions.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace flowlog::sandbox {

struct Account
{
    QString name;
    QString provider; // "aliyun" | "huaweicloud"
    QString accessKeyId;
    QString secret;
    QStringList regions;
    QStringList ecrIds;
    QMap<QString, QString> projectIds; // Huawei
    QMap<QString, QStringList> erIds;  // Huawei

    [[nodiscard]] QJsonObject toProfileJson() const; // the --print-profiles line
};

// Deterministic sample data: the same seed gives the same accounts and flow logs, byte for byte.
// Flow logs are kept in each API's own response shape, so answers are exactly what the real API sends, in one list
// per source, named by key().
class Dataset
{
public:
    explicit Dataset(const Options &options);

    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }
    [[nodiscard]] const Account *accountByKey(const QString &accessKeyId) const;

    // The name of one source's flow-log list: the service, the owning account, then where in it: the region (VPC,
    // CEN), the ECR instance, or the project and router (ER: scope = project id, instance = router id).
    [[nodiscard]] static QString key(Service service, const Account &account, QStringView scope,
                                     QStringView instance = {});
    [[nodiscard]] QList<QJsonObject> &flowLogs(const QString &key) { return m_flowLogs[key]; }
    [[nodiscard]] const QHash<QString, QList<QJsonObject>> &allFlowLogs() const { return m_flowLogs; }
    [[nodiscard]] int totalFlowLogs() const;
    // The flow logs changing state, and how many were deleted.
    [[nodiscard]] Transitions &transitions() { return m_transitions; }
    [[nodiscard]] const Transitions &transitions() const { return m_transitions; }

    // Shared generators for the provider modules.
    [[nodiscard]] static QString randomId(QRandomGenerator &rng, int length);
    [[nodiscard]] static QString pick(QRandomGenerator &rng, const QStringList &values);
    // A UTC time within the two years before a fixed instant (data does not depend on today's date).
    [[nodiscard]] static QDateTime creationTime(QRandomGenerator &rng);

private:
    QList<Account> m_accounts;
    QHash<QString, qsizetype> m_accountIndex; // accessKeyId -> index: looked up on every request
    QHash<QString, QList<QJsonObject>> m_flowLogs;
    Transitions m_transitions;
};

} // namespace flowlog::sandbox
