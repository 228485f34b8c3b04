#pragma once

#include <QList>
#include <QString>

namespace flowlog::sandbox {

// One real cloud region as the providers' region APIs name it.
struct Region
{
    QString id;                   // "cn-hangzhou"
    QString chineseName;          // "华东1（杭州）"
    QString englishName;          // "China (Hangzhou)"
    bool centralEndpoint = false; // Alibaba: served by vpc.aliyuncs.com rather than vpc.<region>.aliyuncs.com
};

// Every region the sandbox knows, in the providers' own order: the one table in regions.json (29 Alibaba Cloud
// regions, 16 Huawei Cloud ones). Sample accounts and the region APIs draw from it only.
[[nodiscard]] const QList<Region> &aliyunRegions();
[[nodiscard]] const QList<Region> &huaweiRegions();
// The region with that id, or null.
[[nodiscard]] const Region *findRegion(const QList<Region> &regions, QStringView id);

} // namespace flowlog::sandbox
