#include "assumejob.h"

#include "assumeagency.h"
#include "assumerole.h"
#include "jsonread.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace flowlog {

namespace {

// "2015-04-09T11:52:19Z" (STS), "2026-01-01T00:00:00.123000Z" (IAM): ISO 8601 UTC; fractions beyond
// milliseconds are dropped.
QDateTime parseExpiration(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QDateTime when = QDateTime::fromString(m.captured(1), Qt::ISODate);
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    const QString zone = m.captured(3);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const QString digits = QString(zone.mid(1)).remove(QLatin1Char(':'));
        when = when.addSecs(-sign * (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60));
    }
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        when = when.addMSecs(QString(fraction + QStringLiteral("00")).left(3).toInt());
    return when;
}

// The answer's own time (RFC 7231 Date), so a skewed local clock does not shorten or stretch the lifetime.
QDateTime answerTime(const HttpResponse &response)
{
    const QByteArray date = response.header("Date");
    if (!date.isEmpty()) {
        QDateTime t =
            QLocale::c().toDateTime(QString::fromLatin1(date).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (t.isValid() && date.endsWith(" GMT")) {
            t.setTimeZone(QTimeZone::utc());
            return t;
        }
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace

AssumeResult AssumeResult::fromAnswer(const HttpResponse &response, const Fields &fields)
{
    AssumeResult out;
    QJsonObject root;
    if (!json::readObject(response.body, root, out.error))
        return out;
    out.requestId = fields.requestId.isEmpty() ? QString::fromLatin1(response.header("X-Request-Id"))
                                               : json::str(root, fields.requestId);
    const QJsonObject c = root.value(fields.object).toObject();
    const Credentials credentials{json::str(c, fields.accessKeyId), json::str(c, fields.secret),
                                  json::str(c, fields.securityToken)};
    out.expiration = parseExpiration(json::str(c, fields.expiration));
    if (!credentials.isComplete() || credentials.securityToken.isEmpty() || !out.expiration.isValid()) {
        out.error.kind = ApiError::Kind::Parse;
        out.error.requestId = out.requestId;
        out.error.message = ApiErrors::tr("The service granted no usable temporary credentials (a key, secret, "
                                          "security token and expiry time are needed).");
        return out;
    }
    out.credentials = credentials;
    out.lifetimeMs = answerTime(response).msecsTo(out.expiration);
    return out;
}

AssumeJob::~AssumeJob() = default;

void AssumeJob::completed(const ExecutionResult &result)
{
    AssumeResult out;
    if (result.error.isError()) {
        out.error = result.error;
        out.error.maybeCommitted = false; // nothing to commit: a repeat only grants other credentials
        out.requestId = result.error.requestId;
        // The role or agency is missing or does not trust the caller: the protocols' generic hints (ER project
        // ids, RAM permissions for the listed service) would point elsewhere.
        const ApiError &e = out.error;
        if (e.kind == ApiError::Kind::Provider &&
            (e.httpStatus == 403 || e.httpStatus == 404 || e.code.startsWith(QLatin1String("EntityNotExist")) ||
             e.code == QLatin1String("NoPermission")))
            out.error.hint = ApiErrors::tr("Check that %1 exists and trusts the account of the profile's key.")
                                 .arg(m_input.hop.displayName());
    } else {
        out = mapped(result);
    }
    out.attempts = result.attempts;
    Q_EMIT finished(out);
}

AssumeJob *makeAssumeJob(const AssumeInput &input, const CredentialRef &credentials, QNetworkAccessManager *nam,
                         const RetryPolicy &policy, QObject *parent)
{
    const auto bind = [&](const auto &op) {
        return new AssumeJob(input, plan(op, input.target, input, credentials), op.map, nam, policy, parent);
    };
    // No default: a new kind of hop is a -Wswitch error until it names its row.
    switch (input.hop.kind) {
    case RoleHop::Kind::AliyunRole:
        return bind(aliyun::stsAssumeRole);
    case RoleHop::Kind::HuaweiAgency:
        return bind(huawei::iamAssumeAgency);
    }
    return nullptr;
}

} // namespace flowlog
