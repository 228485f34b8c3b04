#include "flowlogstatus.h"

#include <QJsonObject>

namespace flowlog {

bool isEnabled(const FlowLog &f)
{
    if (f.service != Service::Er)
        return true;
    const QJsonValue v = f.raw().value(QLatin1String("enabled"));
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().trimmed().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    return true;
}

QString shownStatus(const FlowLog &f)
{
    if (f.service == Service::Er && f.status == QLatin1String("available"))
        return isEnabled(f) ? QStringLiteral("Active") : QStringLiteral("Inactive");
    return f.status;
}

} // namespace flowlog
