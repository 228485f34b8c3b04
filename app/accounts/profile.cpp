#include "profile.h"

#include <QUuid>

namespace flowlog {

QStringList Profile::effectiveRegions() const
{
    return regions.isEmpty() ? defaultRegions(provider) : regions;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Profile::kindKey(Kind kind)
{
    return kind == Kind::StsToken ? QStringLiteral("sts") : QStringLiteral("accesskey");
}

Profile::Kind Profile::kindFromKey(const QString &key)
{
    return key.compare(QLatin1String("sts"), Qt::CaseInsensitive) == 0 ? Kind::StsToken : Kind::AccessKey;
}

} // namespace flowlog
