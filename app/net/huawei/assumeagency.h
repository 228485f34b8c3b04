#pragma once

#include "assumejob.h"
#include "restoperation.h"

namespace flowlog::huawei {

using AssumeAgencyCall = RestOperation<AssumeInput, AssumeResult>;

// IAM CreateTemporaryAccessKeyByAgency: POST /v3.0/OS-CREDENTIAL/securitytokens on the global endpoint
// iam.myhuaweicloud.com, AK/SK signed, with {"auth":{"identity":{"methods":["assume_role"],"assume_role":
// {"agency_name","domain_id","duration_seconds" (when set),"session_user":{"name"} (when set)}}}}. The answer's
// credential{access, secret, securitytoken, expires_at} becomes the result. Run by AssumeJob.
extern const AssumeAgencyCall iamAssumeAgency;

} // namespace flowlog::huawei
