#include "validation.h"

namespace flowlog {

namespace {

void require(QList<Violation> &out, const QString &value, QLatin1StringView field, const QString &code)
{
    if (value.trimmed().isEmpty())
        out.append({QString(field), QStringLiteral("%1.required").arg(field), code,
                    Rules::tr("%1 is required.").arg(QString(field))});
}

} // namespace

QList<int> allowedIntervalsSeconds(Service s)
{
    switch (s) {
    case Service::Vpc: return {60, 300, 600};
    case Service::Cen:
    case Service::Ecr: return {60, 600};
    case Service::Er: return {60, 600};
    }
    return {};
}

int defaultIntervalSeconds(Service s)
{
    Q_UNUSED(s);
    return 600;
}

QStringList allowedSamplingRates()
{
    return {QStringLiteral("1:4096"), QStringLiteral("1:2048"), QStringLiteral("1:1024")};
}

QList<Violation> validateDraft(const FlowLogDraft &draft)
{
    QList<Violation> out;
    if (draft.service != Service::Ecr)
        require(out, draft.region, fields::Region, QStringLiteral("MissingParameter"));
    switch (draft.service) {
    case Service::Vpc:
        require(out, draft.resourceType, fields::ResourceType, QStringLiteral("MissingParameter"));
        require(out, draft.resourceId, fields::ResourceId, QStringLiteral("MissingParameter"));
        require(out, draft.trafficType, fields::TrafficType, QStringLiteral("MissingParameter"));
        require(out, draft.projectName, fields::ProjectName, QStringLiteral("MissingParameter"));
        require(out, draft.logStoreName, fields::LogStoreName, QStringLiteral("MissingParameter"));
        break;
    case Service::Cen:
        require(out, draft.cenId, fields::CenId, QStringLiteral("MissingParameter"));
        require(out, draft.projectName, fields::ProjectName, QStringLiteral("MissingParameter"));
        require(out, draft.logStoreName, fields::LogStoreName, QStringLiteral("MissingParameter"));
        break;
    case Service::Ecr:
        require(out, draft.ecrId, fields::EcrId, QStringLiteral("MissingParameter"));
        require(out, draft.instanceId, fields::InstanceId, QStringLiteral("MissingParameter"));
        require(out, draft.projectName, fields::ProjectName, QStringLiteral("MissingParameter"));
        require(out, draft.logStoreName, fields::LogStoreName, QStringLiteral("MissingParameter"));
        break;
    case Service::Er:
        require(out, draft.name, fields::Name, QStringLiteral("ER.0001"));
        require(out, draft.erId, fields::ErId, QStringLiteral("ER.0001"));
        require(out, draft.resourceId, fields::ResourceId, QStringLiteral("ER.0001"));
        require(out, draft.logGroupId, fields::LogGroupId, QStringLiteral("ER.0001"));
        require(out, draft.logStreamId, fields::LogStreamId, QStringLiteral("ER.0001"));
        break;
    }
    if (draft.intervalSeconds != 0 && !allowedIntervalsSeconds(draft.service).contains(draft.intervalSeconds))
        out.append({QString(fields::Interval), QStringLiteral("interval.enum"),
                    QStringLiteral("InvalidParameter.Interval"), Rules::tr("This interval is not offered by the service.")});
    return out;
}

QMap<QString, QString> violationsByField(const QList<Violation> &violations)
{
    QMap<QString, QString> out;
    for (const Violation &v : violations) {
        if (!out.contains(v.field))
            out.insert(v.field, v.message);
    }
    return out;
}

} // namespace flowlog
