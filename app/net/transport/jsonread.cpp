#include "jsonread.h"

#include "rowreaders.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace flowlog::json {

namespace {

// A JSON number as a whole qint64, or false when it is not finite or out of range (casting such a double is
// undefined behaviour; found by fuzz_vpc_page with "TotalCount": 1e300).
bool wholeNumber(double d, qint64 &out)
{
    constexpr double limit = 9223372036854775808.0; // 2^63, exactly representable
    if (!std::isfinite(d) || d < -limit || d >= limit)
        return false;
    out = static_cast<qint64>(d);
    return true;
}

} // namespace

QString str(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        qint64 n = 0;
        return wholeNumber(d, n) && d == static_cast<double>(n) ? QString::number(n) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

qint64 integer(const QJsonObject &o, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        qint64 n = 0;
        return wholeNumber(v.toDouble(), n) ? n : fallback;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

QJsonArray array(const QJsonObject &o, QLatin1StringView key, QLatin1StringView nested)
{
    const QJsonValue v = o.value(key);
    if (v.isArray())
        return v.toArray();
    if (v.isObject() && !nested.isEmpty()) {
        const QJsonValue inner = v.toObject().value(nested);
        if (inner.isArray())
            return inner.toArray();
        if (inner.isObject())
            return QJsonArray{inner}; // a single element sent without its array
        if (inner.isUndefined() && !v.toObject().isEmpty())
            return QJsonArray{v}; // a flat API's single element sent as an object
    } else if (v.isObject() && !v.toObject().isEmpty()) {
        return QJsonArray{v};
    }
    return {};
}

QList<Tag> tags(const QJsonObject &o)
{
    QList<Tag> out;
    const QJsonArray arr = array(o, QLatin1StringView("Tags"), QLatin1StringView("Tag"));
    out.reserve(arr.size());
    for (const QJsonValue &v : arr)
        appendTag(out, v.toObject());
    return out;
}

bool readObject(const QByteArray &body, QJsonObject &root, ApiError &error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        error.kind = ApiError::Kind::Parse;
        error.message =
            pe.error != QJsonParseError::NoError
                ? ApiErrors::tr("The response is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset)
                : ApiErrors::tr("The response is not a JSON object.");
        return false;
    }
    root = doc.object();
    return true;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void readFlowLogFields(FlowLog &f, const QJsonObject &o, const FlowLogFieldNames &names)
{
    readFlowLogFieldsOf(f, o, names);
}

void setParseError(ApiError &error, const QString &requestId, const QString &message)
{
    error.kind = ApiError::Kind::Parse;
    error.requestId = requestId;
    error.message = message;
}

Resource resourceRow(const RowContext &ctx, const QJsonObject &o, QLatin1StringView id, QLatin1StringView name,
                     QLatin1StringView status)
{
    Resource r = ctx.newResource(compact(o));
    r.id = str(o, id);
    if (!name.isEmpty())
        r.name = str(o, name);
    if (!status.isEmpty())
        r.status = str(o, status);
    return r;
}

void addAttributes(Resource &r, const QJsonObject &o, std::initializer_list<QLatin1StringView> keys)
{
    for (const QLatin1StringView key : keys) {
        const QJsonValue v = o.value(key);
        const QString value =
            v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false")) : str(o, key);
        if (!value.isEmpty())
            r.attributes.append({QString(key), value});
    }
}

} // namespace flowlog::json
