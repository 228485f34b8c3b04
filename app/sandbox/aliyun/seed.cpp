#include "aliyun/seed.h"

#include <QDateTime>
#include <QJsonArray>

namespace flowlog::sandbox::aliyun {

namespace {

QString randomTime(QRandomGenerator &rng, bool allowNoSeconds)
{
    const QDateTime when = Dataset::creationTime(rng);
    if (allowNoSeconds && rng.bounded(3u) == 0) // ECR sometimes drops the seconds
        return when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
    return when.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

void seedAccount(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    QRandomGenerator rng(seed);
    static const QStringList purposes = {QStringLiteral("web"),    QStringLiteral("db"),  QStringLiteral("audit"),
                                         QStringLiteral("egress"), QStringLiteral("k8s"), QStringLiteral("bastion")};
    static const QStringList descriptions = {QStringLiteral("Production traffic capture"),
                                             QStringLiteral("安全审计流日志"), QStringLiteral("Egress troubleshooting"),
                                             QStringLiteral("数据库子网流量"), QStringLiteral("Compliance retention")};
    for (const QString &region : std::as_const(account.regions)) {
        QList<QJsonObject> &list = dataset.flowLogs(Dataset::key(Service::Vpc, account, region));
        for (int n = 0; n < perSource; ++n) {
            const QString resourceType = Dataset::pick(
                rng, {QStringLiteral("NetworkInterface"), QStringLiteral("VSwitch"), QStringLiteral("VPC")});
            const QString prefix = resourceType == QLatin1String("NetworkInterface") ? QStringLiteral("eni-")
                                   : resourceType == QLatin1String("VSwitch")        ? QStringLiteral("vsw-")
                                                                                     : QStringLiteral("vpc-");
            const quint32 roll = rng.bounded(100u);
            const QString status = roll < 80   ? QStringLiteral("Active")
                                   : roll < 92 ? QStringLiteral("Inactive")
                                               : QStringLiteral("Activating");
            const bool failed = rng.bounded(100u) < 8;
            QJsonObject o{
                {QStringLiteral("Status"), status},
                {QStringLiteral("CreationTime"),
                 Dataset::creationTime(rng).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"))},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("%1-%2-%3")
                     .arg(Dataset::pick(rng, purposes), region.section(QLatin1Char('-'), 1))
                     .arg(n + 1)},
                {QStringLiteral("TrafficType"),
                 Dataset::pick(rng, {QStringLiteral("All"), QStringLiteral("Allow"), QStringLiteral("Drop")})},
                {QStringLiteral("ResourceType"), resourceType},
                {QStringLiteral("Description"), Dataset::pick(rng, descriptions)},
                {QStringLiteral("ProjectName"), QStringLiteral("flowlog-%1").arg(region)},
                {QStringLiteral("LogStoreName"), QStringLiteral("vpc-flowlog")},
                {QStringLiteral("ResourceId"), prefix + Dataset::randomId(rng, 20)},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("FlowLogId"), QStringLiteral("fl-") + Dataset::randomId(rng, 20)},
                {QStringLiteral("BusinessStatus"), QStringLiteral("Normal")},
                {QStringLiteral("AggregationInterval"), QJsonValue(QList<int>{1, 5, 10}.at(rng.bounded(3)))},
                {QStringLiteral("TrafficPath"), QJsonArray{QStringLiteral("all")}},
                {QStringLiteral("ServiceType"), QStringLiteral("sls")},
                {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-") + Dataset::randomId(rng, 15)},
                {QStringLiteral("Tags"),
                 QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                        {QStringLiteral("Value"), account.name.section(QLatin1Char('-'), 1, 1)}}}},
                {QStringLiteral("FlowLogDeliverStatus"), failed ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS")},
                {QStringLiteral("FlowLogDeliverErrorMessage"),
                 failed ? QStringLiteral("UnavaliableTarget") : QString()},
            };
            list.append(o);
        }
    }

    // CEN and ECR draw from their own generator, so adding them left the VPC data above unchanged.
    QRandomGenerator more(seed ^ 0x9e3779b9u);
    const QString team = account.name.section(QLatin1Char('-'), 1, 1);
    const QStringList cenIds = {QStringLiteral("cen-") + Dataset::randomId(more, 18),
                                QStringLiteral("cen-") + Dataset::randomId(more, 18)};
    static const QStringList envs = {QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev")};
    for (const QString &region : std::as_const(account.regions)) {
        const QString router = QStringLiteral("tr-") + Dataset::randomId(more, 20);
        QList<QJsonObject> &list = dataset.flowLogs(Dataset::key(Service::Cen, account, region));
        for (int n = 0; n < perSource; ++n) {
            const bool inactive = more.bounded(100u) < 15;
            const bool onAttachment = more.bounded(100u) < 70;
            QJsonArray tags{
                QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")}, {QStringLiteral("Value"), team}}};
            if (more.bounded(2u) == 0)
                tags.append(QJsonObject{{QStringLiteral("Key"), QStringLiteral("env")},
                                        {QStringLiteral("Value"), Dataset::pick(more, envs)}});
            QJsonObject o{
                {QStringLiteral("Status"), inactive ? QStringLiteral("Inactive") : QStringLiteral("Active")},
                {QStringLiteral("CreationTime"), randomTime(more, false)},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("cen-%1-%2-%3")
                     .arg(Dataset::pick(more, purposes), region.section(QLatin1Char('-'), 1))
                     .arg(n + 1)},
                {QStringLiteral("Description"), Dataset::pick(more, descriptions)},
                {QStringLiteral("ProjectName"), QStringLiteral("cen-flowlog-%1").arg(region)},
                {QStringLiteral("CenId"), Dataset::pick(more, cenIds)},
                {QStringLiteral("LogStoreName"), QStringLiteral("cen-flowlog")},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("FlowLogId"), QStringLiteral("flowlog-") + Dataset::randomId(more, 17)},
                {QStringLiteral("TransitRouterAttachmentId"),
                 onAttachment ? QStringLiteral("tr-attach-") + Dataset::randomId(more, 18) : QString()},
                {QStringLiteral("TransitRouterId"), router},
                {QStringLiteral("LogFormatString"), QStringLiteral("${srcaddr}${dstaddr}${bytes}")},
                {QStringLiteral("FlowLogVersion"), QStringLiteral("3")},
                {QStringLiteral("Interval"), more.bounded(2u) == 0 ? 60 : 600},
                {QStringLiteral("Tags"), QJsonObject{{QStringLiteral("Tag"), tags}}},
            };
            list.append(o);
        }
    }

    for (const QString &ecrId : account.allEcrIds()) {
        QList<QJsonObject> &list = dataset.flowLogs(Dataset::key(Service::Ecr, account, ecrId));
        for (int n = 0; n < perSource; ++n) {
            const QString region = Dataset::pick(more, account.regions);
            QJsonObject o{
                {QStringLiteral("FlowLogId"), QStringLiteral("ecr-flog-") + Dataset::randomId(more, 18)},
                {QStringLiteral("EcrId"), ecrId},
                {QStringLiteral("RegionId"), region},
                {QStringLiteral("Status"),
                 more.bounded(100u) < 15 ? QStringLiteral("Inactive") : QStringLiteral("Active")},
                {QStringLiteral("FlowLogName"),
                 QStringLiteral("ecr-%1-%2").arg(Dataset::pick(more, purposes)).arg(n + 1)},
                {QStringLiteral("Description"), Dataset::pick(more, descriptions)},
                {QStringLiteral("Interval"), more.bounded(2u) == 0 ? 60 : 600},
                {QStringLiteral("SamplingRate"),
                 Dataset::pick(more, {QStringLiteral("1:4096"), QStringLiteral("1:2048"), QStringLiteral("1:1024")})},
                {QStringLiteral("LogStoreName"), QStringLiteral("ecr-flowlog")},
                {QStringLiteral("ProjectName"), QStringLiteral("ecr-flowlog-%1").arg(team)},
                {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                {QStringLiteral("ResourceGroupId"), QStringLiteral("rg-") + Dataset::randomId(more, 15)},
                {QStringLiteral("Tags"), QJsonArray{QJsonObject{{QStringLiteral("Key"), QStringLiteral("team")},
                                                                {QStringLiteral("Value"), team}}}},
                {QStringLiteral("InstanceId"), QStringLiteral("vbr-") + Dataset::randomId(more, 20)},
                {QStringLiteral("CreationTime"), randomTime(more, true)},
                {QStringLiteral("SlsRegionId"), region},
            };
            list.append(o);
        }
    }
}

} // namespace flowlog::sandbox::aliyun
