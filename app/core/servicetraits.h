#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <span>

namespace flowlog {

enum class Provider
{
    Aliyun,
    Huawei
};
// Flow-log services. Adding one: a row in servicetraits.cpp; -Wswitch (an error under -Werror) then names every
// switch that must learn it.
enum class Service
{
    Vpc,
    Cen,
    Ecr,
    Er
};

inline constexpr Service allServices[] = {Service::Vpc, Service::Cen, Service::Ecr, Service::Er};
inline constexpr Provider allProviders[] = {Provider::Aliyun, Provider::Huawei};

// Where a product's API answers: one host for every region, a host per region, or (VPC) one host for a list of
// "central" regions and a host per region elsewhere. Hosts may hold "{region}".
struct EndpointRule
{
    QLatin1StringView centralHost;                     // empty: every region has its own host
    QLatin1StringView regionalHost;                    // empty: the central host serves every region
    std::span<const QLatin1StringView> centralRegions; // with both hosts: the regions the central host serves

    // The production base URL (https://host/) for a region.
    [[nodiscard]] QUrl url(const QString &region) const;
};

// One provider API product: who runs it, its code and version, and where it answers. Operations (app/net) name
// their product; so do the services below.
struct ApiProduct
{
    Provider provider;
    QLatin1StringView code;    // "Vpc", "Cbn", "ExpressConnectRouter", "ER", "IAM"...
    QLatin1StringView version; // "2016-04-28", "v3"...
    EndpointRule endpoint;
};

namespace products {
extern const ApiProduct vpc; // Alibaba VPC 2016-04-28
extern const ApiProduct cbn; // Alibaba CEN (product code Cbn) 2017-09-12
extern const ApiProduct ecr; // Alibaba Express Connect Router 2023-09-01 (one endpoint for every region)
extern const ApiProduct er;  // Huawei Cloud Enterprise Router v3
extern const ApiProduct iam; // Huawei Cloud IAM v3 (global endpoint)
extern const ApiProduct sts; // Alibaba STS 2015-04-01 (central endpoint; sts.<region>.aliyuncs.com per region)
// Discovery of organisation members (issue 16): both answer on one central endpoint for every region.
extern const ApiProduct resourceManager; // Alibaba Resource Directory (ResourceManager 2020-03-31)
extern const ApiProduct organizations;   // Huawei Cloud Organizations v1
} // namespace products

// How a service's flow logs are organised: what one source of a sweep is.
enum class Scope
{
    PerRegion,   // one source per region (VPC, CEN)
    PerInstance, // one source per instance in a region (ER: per enterprise router and region)
    Global,      // one source per instance behind one endpoint and home region (ECR)
};

// How a list operation pages.
enum class PagingStyle
{
    None,             // one answer holds everything
    PageNumber,       // PageNumber/PageSize, one page after the other
    PageNumberFanOut, // PageNumber/PageSize; once page 1 gives TotalCount the rest are asked at once
    Token,            // NextToken / marker: each page names the next
};

// Everything the product knows about one flow-log service, in one row (servicetraits.cpp). The catalog functions
// (catalog.h), the sweep planner, the create target, the CLI and the operations read it.
struct ServiceTraits
{
    Service service;
    Provider provider;
    const ApiProduct *product;
    QLatin1StringView key;        // "vpc": CLI, settings, source ids, caches
    const char *displayName;      // "VPC", translated in the Catalog context
    QLatin1StringView homeRegion; // Global services: the region every source is listed in
    Scope scope;
    PagingStyle paging;           // of the list operation
    int maxPageSize;              // rows per page the list operation may ask (0: no documented cap)
    int maxFlowLogsPerSource;     // paging cap of one source; see servicetraits.cpp for the choice
    QLatin1StringView listAction; // RPC action or "GET <path>"
    QLatin1StringView createAction;
    QLatin1StringView idField;       // the flow log's id in the provider's JSON
    QLatin1StringView statusField;   // its status
    QLatin1StringView instanceField; // the instance a source names (EcrId, er_id); empty for per-region services
};

[[nodiscard]] const ServiceTraits &traits(Service s);

} // namespace flowlog
