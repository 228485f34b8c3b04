#pragma once

#include "credentialsource.h"
#include "httptypes.h"
#include "pagepeek.h"
#include "servicetraits.h"

#include <QLatin1StringView>
#include <QString>

#include <functional>
#include <span>

namespace flowlog {

// Where a list request is: set by the list engine for every page it asks.
struct Cursor
{
    int pageNumber = 1; // PageNumber APIs
    QString token;      // NextToken / marker APIs
    int pageIndex = 0;  // 0-based count of pages requested
    int pageSize = 0;   // rows to ask for (OperationRules::pageSizeFor the source)
};

// Which of a provider's signatures signs the requests. Alibaba RPC operations sign with RPC v1 (HMAC-SHA1) unless
// told Acs3 (ACS3-HMAC-SHA256); Huawei REST has one signature, SDK-HMAC-SHA256.
enum class Signing
{
    Default,
    Acs3
};

// Whether repeating a call after a lost answer is safe.
enum class Idempotency
{
    None,        // no client token: a repeat may act twice (the VPC lifecycle calls), so promise nothing
    ClientToken, // ClientToken / X-Client-Token: every attempt and every rerun of the same draft sends the same token
};

using CodeList = std::span<const QLatin1StringView>;

// What an operation declares beyond its wire format: paging, the error codes that mean "try again" or "already so"
// (the sets Terraform's providers keep per resource), and idempotency. Read by the generic jobs.
struct OperationRules
{
    PagingStyle paging = PagingStyle::None;
    int defaultPageSize = 0; // rows asked when the source names none
    int maxPageSize = 0;     // the largest page the API takes (0: no documented cap)
    int maxItems = 0;        // the most items one source may hold: caps paging (0: ListEngine::maxPages only)
    CodeList retryCodes;     // transient for this operation (e.g. IncorrectStatus while a flow log settles)
    CodeList doneCodes;      // the wanted state holds already (DryRunOperation; not found on delete)
    Idempotency idempotency = Idempotency::None;

    // The rules of a flow-log service's list operation, from its catalogue row (paging, page cap, the paging cap of
    // a source), with the page size asked when a source names none.
    [[nodiscard]] static OperationRules flowLogList(Service service, int defaultPageSize);
    // The rules of a discovery list (regions, instances, accounts): its paging and page size (also its largest
    // page), capped at maxDiscoveredItems so a runaway answer stops.
    [[nodiscard]] static OperationRules discovery(PagingStyle paging, int pageSize);
    static constexpr int maxDiscoveredItems = 10000;
    // The rules of a create: idempotent by client token, with the codes that mean done (a passed DryRun).
    [[nodiscard]] static OperationRules create(CodeList doneCodes = {});
    // The rules of a lifecycle call or read: the codes that mean "changing state now" and "already so".
    [[nodiscard]] static OperationRules lifecycle(CodeList busyCodes, CodeList doneCodes, Idempotency idempotency);

    // The page size for a source that asks for `requested` rows (0: the default), within the API's cap.
    [[nodiscard]] int pageSizeFor(int requested) const;
    // A protocol's verdict with this operation's codes applied: retryCodes retry, doneCodes succeed (doneCode set).
    [[nodiscard]] Verdict apply(Verdict verdict) const;
    // Whether code is one of retryCodes (a lifecycle job reads the flow log's state before it tries again).
    [[nodiscard]] bool isRetryCode(const QString &code) const;
};

// One operation bound to a target and a credential by its protocol (aliyun/rpcoperation.h, huawei/restoperation.h):
// what the generic jobs (ListEngine, CallEngine) run. request() is called for every attempt (a fresh signature,
// nonce and date each time); judge() classifies every answer.
// renew (may be empty) gets fresh credentials when an answer says they expired (Verdict::credentialsExpired); the
// executor then retries the attempt once, and request() signs it with the renewed credentials.
struct RequestPlan
{
    std::function<HttpRequest(const Cursor &cursor, Signing signing)> request;
    ResponseJudge judge;
    CredentialRenewer renew;
    // How ListEngine reads a page's paging members when the answer arrives (pagepeek.h); None: after the parse.
    PeekFormat peek = PeekFormat::None;
};

} // namespace flowlog
