#include "huawei/common.h"
#include "huawei/operations.h"

// Organizations ListAccounts (GET /v1/organizations/accounts, limit/marker): the management account lists its
// organisation, itself included (invited), then its members (created).
namespace flowlog::sandbox::huawei::organizations {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLimit = 1000;

QJsonObject entry(const Account &a, const Account &management)
{
    QRandomGenerator rng(Dataset::seedFrom(a.accountId));
    const QString organization = QStringLiteral("o-") + management.accountId.left(32);
    return QJsonObject{
        {QStringLiteral("id"), a.accountId},
        {QStringLiteral("urn"),
         QStringLiteral("organizations::%1:account:%2/%3").arg(management.accountId, organization, a.accountId)},
        {QStringLiteral("join_method"), a.memberOf.isEmpty() ? QStringLiteral("invited") : QStringLiteral("created")},
        {QStringLiteral("joined_at"), isoTime(Dataset::creationTime(rng), false)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("status"), QStringLiteral("active")}};
}

Reply orgError(int status, const char *code, const QString &message)
{
    Reply r = error(status, QLatin1String(code), message);
    r.requestIdInBody = false;
    return r;
}

Reply listAccounts(Context &context, const Call &call)
{
    if (!call.account.organization)
        return orgError(401, orgNotManagementCode,
                        QStringLiteral("This operation can be called only from the management account of an "
                                       "organization or by a member account that is a delegated administrator for a "
                                       "service."));
    if (isDenied(context.options(), u"list-accounts"))
        return orgError(403, notAuthorizedCode,
                        QStringLiteral("The IAM user is not authorized to access the API: policy doesn't allow "
                                       "organizations:accounts:list to be performed."));
    const std::optional<int> limit = intQuery(call.query, QStringLiteral("limit"), 1, kMaxLimit, kMaxLimit);
    if (!limit)
        return orgError(400, orgInvalidParameterCode,
                        QStringLiteral("Invalid parameter: limit must be an integer from 1 to %1.").arg(kMaxLimit));
    QList<QJsonObject> accounts{entry(call.account, call.account)};
    for (const Account *member : context.dataset().membersOf(call.account))
        accounts.append(entry(*member, call.account));
    const QString marker = value(call.query, QStringLiteral("marker"));
    const std::optional<MarkerPage> page = markerPage(accounts, marker, *limit);
    if (!page)
        return orgError(400, orgInvalidParameterCode,
                        QStringLiteral("Invalid parameter: marker %1 does not exist.").arg(marker));
    Reply r;
    r.body = QJsonObject{{QStringLiteral("accounts"), page->rows}, {QStringLiteral("page_info"), page->pageInfo}};
    r.requestIdInBody = false;
    return r;
}

constexpr Route table[] = {
    {"GET"_L1, "/v1/organizations/accounts"_L1, "organizations.ListAccounts"_L1, &listAccounts},
};

} // namespace

const Routes routes{table};

} // namespace flowlog::sandbox::huawei::organizations
