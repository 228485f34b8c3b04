#include "huawei/seed.h"

#include "huawei/common.h"

namespace flowlog::sandbox::huawei {

void seedAccount(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    QRandomGenerator rng(seed);
    static const QStringList purposes = {
        QStringLiteral("prod-vpc"), QStringLiteral("dc-vgw"),  QStringLiteral("shared-svc"), QStringLiteral("egress"),
        QStringLiteral("audit"),    QStringLiteral("k8s-vpc"), QStringLiteral("dmz"),        QStringLiteral("peering")};
    static const QStringList descriptions = {QString(),
                                             QStringLiteral("Flow log of the production VPC attachment"),
                                             QStringLiteral("生产环境 VPC 连接流日志"),
                                             QStringLiteral("专线虚拟网关流量审计"),
                                             QStringLiteral("Egress troubleshooting (ticket NET-4821)"),
                                             QStringLiteral("安全合规留存 180 天"),
                                             QStringLiteral("Compliance retention")};
    for (const QString &region : std::as_const(account.regions)) {
        const QString projectId = account.projectIds.value(region);
        // A couple of LTS log groups and streams per region, shared by many flow logs, as in real accounts.
        const QStringList groups = {uuidLike(rng), uuidLike(rng)};
        const QStringList streams = {uuidLike(rng), uuidLike(rng), uuidLike(rng)};
        for (const QString &erId : account.routersIn(region)) {
            QList<QJsonObject> &list = dataset.flowLogs(Dataset::key(Service::Er, account, projectId, erId));
            for (int n = 0; n < perSource; ++n) {
                const quint32 roll = rng.bounded(100u);
                const QString state = roll < 88   ? QStringLiteral("available")
                                      : roll < 97 ? QStringLiteral("failed")
                                                  : QStringLiteral("modifying");
                const QDateTime created = Dataset::creationTime(rng).addMSecs(rng.bounded(1000));
                const bool millis = rng.bounded(100u) < 40; // some gateways send milliseconds, some do not
                const QDateTime updated = created.addSecs(rng.bounded(30u * 24u * 3600u));
                QJsonObject o{
                    {QStringLiteral("id"), uuidLike(rng)},
                    {QStringLiteral("name"),
                     QStringLiteral("fl-%1-%2-%3")
                         .arg(Dataset::pick(rng, purposes), region.section(QLatin1Char('-'), 0, 1))
                         .arg(n + 1, 3, 10, QLatin1Char('0'))},
                    {QStringLiteral("description"), Dataset::pick(rng, descriptions)},
                    {QStringLiteral("project_id"), projectId},
                    {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                    {QStringLiteral("resource_id"), uuidLike(rng)},
                    {QStringLiteral("log_group_id"), Dataset::pick(rng, groups)},
                    {QStringLiteral("log_stream_id"), Dataset::pick(rng, streams)},
                    {QStringLiteral("log_store_type"), QStringLiteral("LTS")},
                    {QStringLiteral("log_aggregation_interval"), rng.bounded(100u) < 75 ? 600 : 60},
                    {QStringLiteral("created_at"), isoTime(created, millis)},
                    {QStringLiteral("updated_at"), isoTime(updated, millis)},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("enabled"), state == QLatin1String("available") ? rng.bounded(100u) >= 10 : true},
                };
                list.append(o);
            }
        }
    }
}

} // namespace flowlog::sandbox::huawei
