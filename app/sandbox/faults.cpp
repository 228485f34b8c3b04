#include "faults.h"

#include "form.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace flowlog::sandbox::faults {

namespace {

QJsonValue drift(const QString &key, const QJsonValue &v);

QJsonObject driftObject(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const bool keep = it.key().compare(QLatin1String("RequestId"), Qt::CaseInsensitive) == 0 ||
                          it.key() == QLatin1String("request_id");
        out.insert(it.key(), keep ? it.value() : drift(it.key(), it.value()));
    }
    return out;
}

QJsonValue drift(const QString &key, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String: {
        const QString s = v.toString();
        if (s == QLatin1String("true") || s == QLatin1String("false"))
            return s == QLatin1String("true");
        bool ok = false;
        const qlonglong n = s.toLongLong(&ok);
        if (ok && s.size() < 16)
            return static_cast<double>(n);
        return v;
    }
    case QJsonValue::Array: {
        QJsonArray items;
        for (const QJsonValue &item : v.toArray())
            items.append(drift(key, item));
        // "FlowLogs": [...] -> "FlowLogs": {"FlowLog": [...]}, the XML-born shape some APIs send.
        QString inner = key;
        if (inner.endsWith(QLatin1Char('s')))
            inner.chop(1);
        if (inner.isEmpty() || inner == key)
            inner = QStringLiteral("Item");
        return QJsonObject{{inner, items}};
    }
    case QJsonValue::Object:
        return driftObject(v.toObject());
    default:
        return v;
    }
}

// The request's parameters wherever the client put them: query string, or a form body.
QString requestParam(const ApiRequest &request, const QString &key)
{
    QString out = value(decodeForm(request.rawQuery), key);
    if (out.isEmpty() && request.header("content-type").startsWith("application/x-www-form-urlencoded"))
        out = value(decodeForm(request.body), key);
    return out;
}

} // namespace

QJsonObject driftTypes(const QJsonObject &body)
{
    return driftObject(body);
}

bool loopToken(const ApiRequest &request, QJsonObject &body)
{
    if (body.contains(QLatin1String("NextToken"))) {
        // Token APIs (ECR): the first page hands out a token; later pages hand back the one they were given.
        const QString sent = requestParam(request, QStringLiteral("NextToken"));
        if (!sent.isEmpty())
            body.insert(QStringLiteral("NextToken"), sent);
        return true;
    }
    if (body.contains(QLatin1String("page_info"))) {
        QJsonObject info = body.value(QLatin1String("page_info")).toObject();
        const QString sent = requestParam(request, QStringLiteral("marker"));
        if (!sent.isEmpty())
            info.insert(QStringLiteral("next_marker"), sent);
        body.insert(QStringLiteral("page_info"), info);
        return true;
    }
    if (body.contains(QLatin1String("PageNumber"))) {
        const QJsonValue current = body.value(QLatin1String("PageNumber"));
        const int page = current.isString() ? current.toString().toInt() : current.toInt();
        const int previous = qMax(1, page - 1);
        body.insert(QStringLiteral("PageNumber"),
                    current.isString() ? QJsonValue(QString::number(previous)) : QJsonValue(previous));
        return true;
    }
    return false;
}

QByteArray gatewayHtml()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n"
                             "<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n");
}

QString setFromJson(QList<Fault> &faults, const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("the body must be a JSON object like {\"kind\":\"reset-after-commit\",\"rate\":1}");
    const QJsonObject o = doc.object();
    const QString name = o.value(QLatin1String("kind")).toString();
    const std::optional<FaultKind> kind = faultFromName(name);
    if (!kind)
        return QStringLiteral("unknown fault kind \"%1\" (known: %2)")
            .arg(name, faultKinds().join(QStringLiteral(", ")));
    const QJsonValue rateValue = o.value(QLatin1String("rate"));
    double rate = 1;
    if (!rateValue.isUndefined()) {
        rate = rateValue.toDouble(-1);
        if (!rateValue.isDouble() || !(rate >= 0.0 && rate <= 1.0)) {
            const QString shown = rateValue.isDouble()   ? QString::number(rate)
                                  : rateValue.isString() ? QStringLiteral("\"%1\"").arg(rateValue.toString())
                                                         : QStringLiteral("not a number");
            return QStringLiteral("invalid rate for fault \"%1\": %2 (expected a number from 0 to 1)").arg(name, shown);
        }
    }
    const auto it = std::find_if(faults.begin(), faults.end(), [&kind](const Fault &f) { return f.kind == *kind; });
    if (rate == 0) {
        if (it != faults.end())
            faults.erase(it);
    } else if (it != faults.end()) {
        it->probability = rate;
    } else {
        faults.append(Fault{*kind, rate});
    }
    return {};
}

QJsonObject describe(const Options &options)
{
    QJsonArray list;
    for (const Fault &f : options.faults)
        list.append(QJsonObject{{QStringLiteral("kind"), faultName(f.kind)}, {QStringLiteral("rate"), f.probability}});
    return QJsonObject{{QStringLiteral("faults"), list},
                       {QStringLiteral("throttleRate"), options.throttleRate},
                       {QStringLiteral("errorRate"), options.errorRate},
                       {QStringLiteral("accountLimit"), options.accountLimit}};
}

} // namespace flowlog::sandbox::faults
