#include "assumerole.h"

namespace flowlog::aliyun {

namespace {

using namespace Qt::StringLiterals;

Params assumeRoleRequest(const RoleHop &hop)
{
    Params params{{QStringLiteral("RoleArn"), hop.roleArn}, {QStringLiteral("RoleSessionName"), hop.sessionName}};
    if (!hop.externalId.isEmpty())
        params.append({QStringLiteral("ExternalId"), hop.externalId});
    if (hop.durationSeconds > 0)
        params.append({QStringLiteral("DurationSeconds"), QString::number(hop.durationSeconds)});
    return params;
}

// {"RequestId", "AssumedRoleUser": {...}, "Credentials": {"AccessKeyId", "AccessKeySecret", "SecurityToken",
// "Expiration"}}
AssumeResult assumeRoleAnswer(const HttpResponse &response, const AssumeInput &)
{
    return AssumeResult::fromAnswer(response, {"Credentials"_L1, "AccessKeyId"_L1, "AccessKeySecret"_L1,
                                               "SecurityToken"_L1, "Expiration"_L1, "RequestId"_L1});
}

} // namespace

// POST: the role ARN and external id stay out of URLs (and so out of any proxy's log).
const AssumeRoleCall stsAssumeRole{
    &products::sts, "AssumeRole"_L1, "POST", OperationRules{}, hopRequest<assumeRoleRequest>, assumeRoleAnswer};

} // namespace flowlog::aliyun
