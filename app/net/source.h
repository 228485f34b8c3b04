#pragma once

#include "aliyunsigner.h"
#include "catalog.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace flowlog {

// One unit of a sweep: profile x service x region [x instance]. Its list job follows every page.
struct SourceSpec
{
    QString profileId;
    QString profileName;
    Service service = Service::Vpc;
    QString region;
    QString instanceId; // ECR: EcrId; ER: er_id
    QString projectId;  // Huawei: project id of the region
    QUrl endpointOverride;

    // Server-side filters, passed through as the API's own parameter names (e.g. VpcId, Status, Tags.1.Key).
    aliyun::Params filters;
    int pageSize = 0; // 0 = the job's default

    [[nodiscard]] QString id() const; // stable: SourceId (sourceid.h) builds and parses it
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Provider provider() const { return providerOf(service); }
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::SourceSpec)
