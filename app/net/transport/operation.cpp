#include "operation.h"

#include <algorithm>

namespace flowlog {

OperationRules OperationRules::flowLogList(Service service, int defaultPageSize)
{
    const ServiceTraits &t = traits(service);
    OperationRules rules;
    rules.paging = t.paging;
    rules.defaultPageSize = defaultPageSize;
    rules.maxPageSize = t.maxPageSize;
    rules.maxItems = t.maxFlowLogsPerSource;
    return rules;
}

OperationRules OperationRules::discovery(PagingStyle paging, int pageSize)
{
    OperationRules rules;
    rules.paging = paging;
    rules.defaultPageSize = pageSize;
    rules.maxPageSize = pageSize;
    rules.maxItems = maxDiscoveredItems;
    return rules;
}

OperationRules OperationRules::create(CodeList doneCodes)
{
    OperationRules rules;
    rules.doneCodes = doneCodes;
    rules.idempotency = Idempotency::ClientToken;
    return rules;
}

OperationRules OperationRules::lifecycle(CodeList busyCodes, CodeList doneCodes, Idempotency idempotency)
{
    OperationRules rules;
    rules.retryCodes = busyCodes;
    rules.doneCodes = doneCodes;
    rules.idempotency = idempotency;
    return rules;
}

int OperationRules::pageSizeFor(int requested) const
{
    const int size = requested > 0 ? requested : defaultPageSize;
    return maxPageSize > 0 ? std::min(size, maxPageSize) : size;
}

namespace {

bool listed(CodeList codes, const QString &code)
{
    return !code.isEmpty() && std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

Verdict OperationRules::apply(Verdict verdict) const
{
    if (!verdict.error.isError())
        return verdict;
    if (listed(doneCodes, verdict.error.code)) {
        Verdict done;
        done.doneCode = verdict.error.code;
        return done;
    }
    if (listed(retryCodes, verdict.error.code) && verdict.retry == Verdict::Retry::No)
        verdict.retry = Verdict::Retry::Transient;
    return verdict;
}

bool OperationRules::isRetryCode(const QString &code) const
{
    return listed(retryCodes, code);
}

} // namespace flowlog
