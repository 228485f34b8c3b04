#pragma once

#include "assumejob.h"
#include "rpcoperation.h"

namespace flowlog::aliyun {

using AssumeRoleCall = RpcOperation<AssumeInput, AssumeResult>;

// STS AssumeRole (2015-04-01), POST form on the central endpoint sts.aliyuncs.com: RoleArn, RoleSessionName,
// ExternalId and DurationSeconds when the hop sets them. The answer's Credentials{AccessKeyId, AccessKeySecret,
// SecurityToken, Expiration} become the result. Signed with the hop's parent credentials; run by AssumeJob.
extern const AssumeRoleCall stsAssumeRole;

} // namespace flowlog::aliyun
