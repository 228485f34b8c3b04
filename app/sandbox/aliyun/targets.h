#pragma once

#include "apirequest.h"
#include "dataset.h"
#include "flowlogdraft.h"

#include <optional>

// What an Alibaba create names must exist in the account, where the draft says, as the services check it: the
// resource a VPC flow log watches in its region; the CEN instance, and the transit router and attachment in it; the VBR
// attached to the ECR instance. The answer is the service's not-found error, with the rule table's
// code for the field (core idshapes.cpp: the same code the dialog and flowlog-cli name for an id that cannot exist;
// docs/sandbox.md has the table), or nothing when everything named exists.
namespace flowlog::sandbox::aliyun {

[[nodiscard]] std::optional<Reply> unknownVpcTarget(const Dataset &dataset, const Account &account,
                                                    const FlowLogDraft &draft);
[[nodiscard]] std::optional<Reply> unknownCenTarget(const Dataset &dataset, const Account &account,
                                                    const FlowLogDraft &draft);
// A lifecycle call's CenId (optional there): none when it is empty or one of the account's instances.
[[nodiscard]] std::optional<Reply> unknownCenInstance(const Dataset &dataset, const Account &account,
                                                      const QString &cenId);
[[nodiscard]] std::optional<Reply> unknownEcrTarget(const Dataset &dataset, const Account &account,
                                                    const FlowLogDraft &draft);

} // namespace flowlog::sandbox::aliyun
