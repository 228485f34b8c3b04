#pragma once

#include "catalog.h"
#include "flowlog.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace flowlog {

// Field names of a draft. The same keys name fields in validation results, CLI flags and the dialog.
namespace fields {
inline constexpr QLatin1StringView Region{"region"};
inline constexpr QLatin1StringView Name{"name"};
inline constexpr QLatin1StringView Description{"description"};
inline constexpr QLatin1StringView ResourceType{"resourceType"};
inline constexpr QLatin1StringView ResourceId{"resourceId"};
inline constexpr QLatin1StringView TrafficType{"trafficType"};
inline constexpr QLatin1StringView TrafficPath{"trafficPath"};
inline constexpr QLatin1StringView ProjectName{"projectName"};
inline constexpr QLatin1StringView LogStoreName{"logStoreName"};
inline constexpr QLatin1StringView Interval{"interval"};
inline constexpr QLatin1StringView SamplingRate{"samplingRate"};
inline constexpr QLatin1StringView CenId{"cenId"};
inline constexpr QLatin1StringView TransitRouterId{"transitRouterId"};
inline constexpr QLatin1StringView TransitRouterAttachmentId{"transitRouterAttachmentId"};
inline constexpr QLatin1StringView LogFormat{"logFormat"};
inline constexpr QLatin1StringView EcrId{"ecrId"};
inline constexpr QLatin1StringView InstanceId{"instanceId"}; // ECR: the VBR id
inline constexpr QLatin1StringView ErId{"erId"};
inline constexpr QLatin1StringView LogGroupId{"logGroupId"};
inline constexpr QLatin1StringView LogStreamId{"logStreamId"};
inline constexpr QLatin1StringView Tags{"tags"};
} // namespace fields

// What the user asks to create. Interval is in seconds for every service (VPC's minutes are converted on the
// wire). The client token is fixed on first submission and reused by every retry of the same draft.
struct FlowLogDraft
{
    Service service = Service::Vpc;
    QString region;
    QString name;
    QString description;
    // VPC
    QString resourceType;
    QString resourceId; // VPC resource, ER attachment id
    QString trafficType;
    QStringList trafficPaths;
    // SLS storage (VPC, CEN, ECR)
    QString projectName;
    QString logStoreName;
    int intervalSeconds = 0; // 0 = the service's default
    // CEN
    QString cenId;
    QString transitRouterId;
    QString transitRouterAttachmentId;
    QString logFormat;
    // ECR
    QString ecrId;
    QString instanceId;
    QString samplingRate;
    bool dryRun = false;
    // Huawei ER
    QString erId;
    QString logGroupId;
    QString logStreamId;

    QList<Tag> tags;
    QString clientToken;

    // Generates the client token once; later calls keep it.
    const QString &ensureClientToken();
    // Whether other would send the same request: every field but the client token. Only then may a retry reuse
    // the token (the provider then answers the first create instead of making a second).
    [[nodiscard]] bool sameRequestAs(const FlowLogDraft &other) const;
};

// Parses "60", "60s", "1m", "10m" into seconds; -1 when unreadable.
[[nodiscard]] int parseIntervalSeconds(const QString &text);

// Whether a draft field is part of a service's create request (flowlog-cli create's options, a coverage template's
// keys). A switch without default, so a new service does not compile quietly without its fields.
[[nodiscard]] bool createFieldApplies(Service service, QLatin1StringView field);

} // namespace flowlog
