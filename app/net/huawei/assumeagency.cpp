#include "assumeagency.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flowlog::huawei {

namespace {

using namespace Qt::StringLiterals;

RestRequest assumeAgencyRequest(const RoleHop &hop)
{
    QJsonObject assume{{QStringLiteral("agency_name"), hop.agencyName}, {QStringLiteral("domain_id"), hop.domainId}};
    if (hop.durationSeconds > 0)
        assume.insert(QStringLiteral("duration_seconds"), hop.durationSeconds);
    if (!hop.sessionName.isEmpty())
        assume.insert(QStringLiteral("session_user"), QJsonObject{{QStringLiteral("name"), hop.sessionName}});
    const QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("assume_role")}},
                               {QStringLiteral("assume_role"), assume}};
    RestRequest r;
    r.headers = {{"Content-Type", "application/json;charset=UTF-8"}};
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

// 201 {"credential": {"access", "secret", "securitytoken", "expires_at"}}; the request id is the X-Request-Id
// header.
AssumeResult assumeAgencyAnswer(const HttpResponse &response, const AssumeInput &)
{
    return AssumeResult::fromAnswer(
        response, {"credential"_L1, "access"_L1, "secret"_L1, "securitytoken"_L1, "expires_at"_L1, {}});
}

} // namespace

const AssumeAgencyCall iamAssumeAgency{&products::iam,
                                       "POST",
                                       "/v3.0/OS-CREDENTIAL/securitytokens"_L1,
                                       OperationRules{},
                                       hopRequest<assumeAgencyRequest>,
                                       assumeAgencyAnswer};

} // namespace flowlog::huawei
