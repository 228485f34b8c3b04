#include "aliyuncreatejob.h"

#include "aliyunparsers.h"

#include <QDateTime>
#include <QJsonDocument>

namespace flowlog {

namespace {

bool isDryRunAnswer(const QJsonObject &o)
{
    return json::str(o, QLatin1StringView("Code")) == QLatin1String("DryRunOperation");
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

void AliyunCreateJob::appendTags(aliyun::Params &params, const QList<Tag> &tags, const QString &prefix)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString n = QString::number(i + 1);
        params.append({prefix + QLatin1Char('.') + n + QStringLiteral(".Key"), tags.at(i).key});
        params.append({prefix + QLatin1Char('.') + n + QStringLiteral(".Value"), tags.at(i).value});
    }
}

void AliyunCreateJob::appendIfSet(aliyun::Params &params, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        params.append({key, value});
}

HttpRequest AliyunCreateJob::buildRequest() const
{
    aliyun::RpcCall c = call();
    c.signatureVersion = m_signatureVersion;
    // Fresh nonce and timestamp per attempt; the ClientToken inside c.params stays the draft's.
    return aliyun::buildRpcRequest(c, credentials(), QDateTime::currentDateTimeUtc(), aliyun::newNonce());
}

Verdict AliyunCreateJob::judge(const HttpResponse &response) const
{
    // Services answer a passed DryRun with the DryRunOperation code (some with HTTP 400): that is the success.
    if (response.status > 0 && isDryRunAnswer(jsonObject(response.body)))
        return {};
    Verdict v = aliyun::judgeRpcResponse(response);
    if (v.error.isError())
        aliyun::addRpcHint(v.error, target().profileName);
    if (v.error.code == QLatin1String("SignatureNonceUsed")) {
        // Our own attempt, replayed after a dropped connection: the service saw it, so it may have created the
        // flow log. The next attempt (same ClientToken) returns it; if none is left, say so.
        v.error.maybeCommitted = true;
        v.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it. "
                                     "Retrying this draft is safe and will not create it twice.");
    }
    return v;
}

CreateResult AliyunCreateJob::parseCreateAnswer(const HttpResponse &response)
{
    CreateResult out;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.httpStatus = response.status;
        out.error.maybeCommitted = true; // the service answered 2xx: it may well have created it
        out.error.message = ApiErrors::tr("The service accepted the request but its answer is unreadable.");
        out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it.");
        return out;
    }
    const QJsonObject o = doc.object();
    out.requestId = json::str(o, QLatin1StringView("RequestId"));
    if (isDryRunAnswer(o)) {
        out.dryRun = true;
        return out;
    }
    out.flowLogId = json::str(o, QLatin1StringView("FlowLogId"));
    if (out.flowLogId.isEmpty()) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.httpStatus = response.status;
        out.error.requestId = out.requestId;
        out.error.maybeCommitted = true;
        out.error.message = ApiErrors::tr("The service answered without the new flow log's id.");
        out.error.hint = ApiErrors::tr("The flow log may have been created: the next listing will show it.");
    }
    return out;
}

CreateResult AliyunCreateJob::parse(const HttpResponse &response) const
{
    CreateResult out = parseCreateAnswer(response);
    // A DryRun answered 200 without an id (or with any id) creates nothing.
    if (draft().dryRun && !out.error.isError()) {
        out.dryRun = true;
        out.flowLogId.clear();
    } else if (draft().dryRun && out.error.kind == ApiError::Kind::Parse && out.flowLogId.isEmpty()) {
        out.error = {};
        out.dryRun = true;
    }
    return out;
}

} // namespace flowlog
