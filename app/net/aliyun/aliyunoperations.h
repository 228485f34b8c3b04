#pragma once

#include "createjob.h"
#include "listpage.h"
#include "rpcoperation.h"

namespace flowlog::aliyun {

// The Alibaba Cloud operations, one row each (aliyunoperations.cpp): list and create flow logs of VPC, CEN and
// ECR, and discovery. Bind a row with jobbinding.h; check its request with rpcCall().
using FlowLogList = RpcOperation<SourceSpec, ListPage>;
using ResourceList = RpcOperation<SourceSpec, ResourcePage>;
using FlowLogCreate = RpcOperation<CreateInput, CreateResult>;

// VPC DescribeFlowLogs (2016-04-28): PageNumber/PageSize (<= 50), fanned out once page 1 gives TotalCount; every
// filter of the page via SourceSpec::filters (FlowLogName, FlowLogId, Description, ResourceType, ResourceId,
// TrafficType, ProjectName, LogStoreName, Status, VpcId, ResourceGroupId, Tags.N.Key/Value).
extern const FlowLogList vpcDescribeFlowLogs;
// VPC CreateFlowLog, POST form: RegionId (the draft's, else the target's), ResourceType, ResourceId, TrafficType,
// ProjectName, LogStoreName, FlowLogName, Description, AggregationInterval (minutes on the wire; the draft holds
// seconds), TrafficPath.N, Tag.N, ClientToken.
extern const FlowLogCreate vpcCreateFlowLog;
// VPC DescribeRegions: ProductType (VPC unless SourceSpec::filters names one) and AcceptLanguage (zh-CN, en-US)
// from the filters; no paging. Each region a Resource: id RegionId, name LocalName, attribute RegionEndpoint.
extern const ResourceList vpcDescribeRegions;

// CEN DescribeFlowlogs (Cbn 2017-09-12): PageNumber/PageSize, fanned out; every filter of the page via
// SourceSpec::filters (CenId, TransitRouterId, TransitRouterAttachmentId, FlowLogId, FlowLogName, Description,
// ProjectName, LogStoreName, Status, Interval, FlowLogVersion, Tag.N.Key/Value); SourceSpec::instanceId, when
// set and no CenId filter is, is the CenId.
extern const FlowLogList cenDescribeFlowlogs;
// CEN CreateFlowlog, POST form: RegionId, CenId (the draft's, else the target's instance), ProjectName,
// LogStoreName, FlowLogName, Description, TransitRouterId, TransitRouterAttachmentId, Interval (seconds),
// LogFormatString, Tag.N, ClientToken.
extern const FlowLogCreate cenCreateFlowlog;

// Express Connect Router DescribeFlowLogs (2023-09-01): EcrId (required) is SourceSpec::instanceId; NextToken /
// MaxResults paging; the page's filters via SourceSpec::filters (FlowLogId, FlowLogName, ProjectName,
// LogStoreName, InstanceId, ResourceGroupId, Tag.N.Key/Value).
extern const FlowLogList ecrDescribeFlowLogs;
// ECR CreateFlowLog, POST form only: EcrId (the draft's, else the target's instance), InstanceType=VBR,
// InstanceId, ProjectName, LogStoreName, FlowLogName, Description, Interval, SamplingRate, Tag.N, DryRun (when
// asked), ClientToken.
extern const FlowLogCreate ecrCreateFlowLog;

} // namespace flowlog::aliyun
