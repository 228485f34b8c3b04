#include "ercreatejob.h"

#include "huaweiparsers.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace flowlog {

namespace {

// A JSON string literal exactly as QJsonDocument writes it (escapes, raw UTF-8).
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray ErCreateJob::requestBody(const FlowLogDraft &draft)
{
    // QJsonObject sorts its keys; the body is written by hand to keep the SDK's order, so a request built here
    // is byte for byte the one the official SDK sends for the same draft.
    QList<std::pair<const char *, QString>> members;
    members.append({"name", draft.name});
    if (!draft.description.isEmpty())
        members.append({"description", draft.description});
    members.append({"resource_type", draft.resourceType.isEmpty() ? QStringLiteral("attachment") : draft.resourceType});
    members.append({"resource_id", draft.resourceId});
    members.append({"log_store_type", QStringLiteral("LTS")});
    members.append({"log_group_id", draft.logGroupId});
    members.append({"log_stream_id", draft.logStreamId});
    QByteArray inner;
    for (const auto &[key, value] : members) {
        if (!inner.isEmpty())
            inner += ',';
        inner += '"' + QByteArray(key) + "\":" + jsonString(value);
    }
    return "{\"flow_log\":{" + inner + "}}";
}

huawei::RestCall ErCreateJob::buildCall(const SourceSpec &target, const FlowLogDraft &draft)
{
    const QString region = target.region.isEmpty() ? draft.region : target.region;
    const QString erId = draft.erId.isEmpty() ? target.instanceId : draft.erId;
    huawei::RestCall call;
    call.endpoint = applyEndpointOverride(serviceEndpoint(Service::Er, region), target.endpointOverride);
    call.endpoint.setPath({});
    call.method = "POST";
    call.path = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs").arg(target.projectId, erId);
    call.headers.emplace_back("Content-Type", "application/json");
    call.headers.emplace_back("X-Project-Id", target.projectId.toUtf8());
    if (!draft.clientToken.isEmpty())
        call.headers.emplace_back("X-Client-Token", draft.clientToken.toUtf8());
    call.body = requestBody(draft);
    return call;
}

HttpRequest ErCreateJob::buildRequest() const
{
    // A fresh X-Sdk-Date per attempt; the body and X-Client-Token never change between attempts.
    return huawei::signRequest(buildCall(target(), draft()), credentials(), QDateTime::currentDateTimeUtc());
}

Verdict ErCreateJob::judge(const HttpResponse &response) const
{
    return huawei::judgeResponse(response, target().profileName);
}

CreateResult ErCreateJob::parse(const HttpResponse &response) const
{
    const RowContext ctx{target().profileName, target().profileId,
                         target().region.isEmpty() ? draft().region : target().region};
    const huawei::CreatedFlowLog created = huawei::parseErCreateResponse(response.body, ctx);
    CreateResult out;
    out.requestId =
        created.requestId.isEmpty() ? QString::fromLatin1(response.header("X-Request-Id")) : created.requestId;
    if (created.error.isError()) {
        out.error = created.error;
        out.error.httpStatus = response.status;
        if (out.error.requestId.isEmpty())
            out.error.requestId = out.requestId;
        // Accepted but unreadable: it was probably made; the same token makes a retry safe.
        out.error.maybeCommitted = true;
        return out;
    }
    out.flowLogId = created.flowLog.id;
    out.flowLog = created.flowLog;
    out.hasFlowLog = true;
    return out;
}

} // namespace flowlog
