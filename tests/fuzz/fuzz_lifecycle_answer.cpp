// libFuzzer target: the answers of the lifecycle rows (issue 17), as the lifecycle job sees them: the protocol's
// verdict with the row's retry and done codes (aliyun::judgeOperation, huawei::judgeResponse + rules), then, for a
// success, the row's mapper: every change call of VPC, CEN, ECR and ER, and each service's read by id (Alibaba
// DescribeFlowLogs filtered by FlowLogId, ER GET .../flow-logs/{id}, 404 = gone). Input format as
// fuzz_rpc_response: "STATUS\nName: value\n...\n\nBODY".
#include "aliyunlifecycle.h"
#include "flowlogstatus.h"
#include "fuzzcheck.h"
#include "fuzzresponse.h"
#include "huaweilifecycle.h"

#include <cstddef>
#include <cstdint>

namespace {

template<typename Rows, typename Judge>
void runRows(const Rows &rows, const flowlog::LifecycleInput &base, const flowlog::HttpResponse &response, Judge judge)
{
    for (flowlog::LifecycleAction action : flowlog::allLifecycleActions) {
        for (bool read : {false, true}) {
            const auto &op = read ? rows.read : rows.change(action);
            flowlog::LifecycleInput input = base;
            input.action = action;
            const flowlog::Verdict v = judge(op.rules);
            if (!v.error.isError()) {
                const flowlog::StepAnswer a = op.map(response, input);
                // A read that found the flow log found the one asked for.
                FUZZ_CHECK(!a.found || a.flowLog.id == input.flowLog.id);
                // What the table and the CLI show, from the mapped fields (ER: state and enabled).
                const QString shown = flowlog::shownStatus(a.flowLog);
                FUZZ_CHECK(
                    a.flowLog.status != QLatin1String("available") || a.flowLog.service != flowlog::Service::Er ||
                    shown == (flowlog::isEnabled(a.flowLog) ? QLatin1String("Active") : QLatin1String("Inactive")));
                (void)flowlog::phaseOf(a.flowLog);
                (void)a.error.toDisplayString();
            } else {
                (void)v.error.toDisplayString();
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace flowlog;
    const HttpResponse response = fuzz::responseFromInput(data, size);
    LifecycleInput input;
    input.target.profileName = QStringLiteral("fuzz-profile");
    input.target.profileId = QStringLiteral("p-fuzz");
    input.target.region = QStringLiteral("cn-hangzhou");
    input.flowLog.id = QStringLiteral("fl-fuzz");
    for (const aliyun::LifecycleRows *rows : {&aliyun::vpcLifecycle, &aliyun::cenLifecycle, &aliyun::ecrLifecycle})
        runRows(*rows, input, response, [&response](const OperationRules &rules) {
            return aliyun::judgeOperation(response, rules, QStringLiteral("fuzz-profile"));
        });
    input.target.service = Service::Er;
    runRows(huawei::erLifecycle, input, response, [&response](const OperationRules &rules) {
        return rules.apply(huawei::judgeResponse(response, QStringLiteral("fuzz-profile")));
    });
    return 0;
}
