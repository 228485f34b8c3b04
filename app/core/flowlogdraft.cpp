#include "flowlogdraft.h"

namespace flowlog {

const QString &FlowLogDraft::ensureClientToken()
{
    if (clientToken.isEmpty())
        clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return clientToken;
}

bool FlowLogDraft::sameRequestAs(const FlowLogDraft &o) const
{
    // Every field but the client token (tst_flowlogdraft changes each in turn): a new field belongs here too.
    return service == o.service && region == o.region && name == o.name && description == o.description &&
           resourceType == o.resourceType && resourceId == o.resourceId && trafficType == o.trafficType &&
           trafficPaths == o.trafficPaths && projectName == o.projectName && logStoreName == o.logStoreName &&
           intervalSeconds == o.intervalSeconds && cenId == o.cenId && transitRouterId == o.transitRouterId &&
           transitRouterAttachmentId == o.transitRouterAttachmentId && logFormat == o.logFormat && ecrId == o.ecrId &&
           instanceId == o.instanceId && samplingRate == o.samplingRate && dryRun == o.dryRun && erId == o.erId &&
           logGroupId == o.logGroupId && logStreamId == o.logStreamId && tags == o.tags;
}

int parseIntervalSeconds(const QString &text)
{
    QString t = text.trimmed().toLower();
    int factor = 1;
    if (t.endsWith(QLatin1Char('m'))) {
        factor = 60;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
    }
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value <= 0)
        return -1;
    return value * factor;
}

} // namespace flowlog
