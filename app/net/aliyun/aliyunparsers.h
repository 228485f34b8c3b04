#pragma once

#include "createjob.h"
#include "jsonparser.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonObject>

namespace flowlog {

// The Alibaba flow-log mappers: one list page's body into rows (VPC DescribeFlowLogs, CEN DescribeFlowlogs, ECR
// DescribeFlowLogs; read with simdjson unless the parser says otherwise, see listpage.h), one object into a row, and
// a create's answer.
[[nodiscard]] ListPage parseVpcFlowLogsPage(const QByteArray &body, const RowContext &ctx,
                                            JsonParser parser = JsonParser::Simdjson);
[[nodiscard]] ListPage parseCenFlowLogsPage(const QByteArray &body, const RowContext &ctx,
                                            JsonParser parser = JsonParser::Simdjson);
[[nodiscard]] ListPage parseEcrFlowLogsPage(const QByteArray &body, const RowContext &ctx,
                                            JsonParser parser = JsonParser::Simdjson);

[[nodiscard]] FlowLog vpcFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);
[[nodiscard]] FlowLog cenFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);
[[nodiscard]] FlowLog ecrFlowLogFromJson(const QJsonObject &o, const RowContext &ctx);

namespace aliyun {
// The answer of any Alibaba create: {RequestId, FlowLogId}, or DryRunOperation for a passed DryRun (a success
// without an id). An unreadable 2xx or one without the id is a Parse error that may have created the flow log.
[[nodiscard]] CreateResult parseCreateAnswer(const HttpResponse &response);
} // namespace aliyun

} // namespace flowlog
