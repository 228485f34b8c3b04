#pragma once

// What the validation tests share: a draft of each service that breaks no rule, and the strings and tags the tests
// change it with.
#include "validation.h"

namespace flowlog::test {

inline FlowLogDraft validDraft(Service s)
{
    FlowLogDraft d;
    d.service = s;
    switch (s) {
    case Service::Vpc:
        d.region = QStringLiteral("cn-hangzhou");
        d.name = QStringLiteral("myFlowlog");
        d.description = QStringLiteral("This is my Flowlog.");
        d.resourceType = QStringLiteral("VPC");
        d.resourceId = QStringLiteral("vpc-abc");
        d.trafficType = QStringLiteral("All");
        d.projectName = QStringLiteral("flowlog-project");
        d.logStoreName = QStringLiteral("flowlog_store");
        d.intervalSeconds = 600;
        d.tags = {{QStringLiteral("team"), QStringLiteral("net")}};
        break;
    case Service::Cen:
        d.region = QStringLiteral("cn-hangzhou");
        d.cenId = QStringLiteral("cen-abc");
        d.projectName = QStringLiteral("flowlog-project");
        d.logStoreName = QStringLiteral("flowlog_store");
        d.intervalSeconds = 60;
        break;
    case Service::Ecr:
        d.ecrId = QStringLiteral("ecr-abc");
        d.instanceId = QStringLiteral("vbr-abc");
        d.projectName = QStringLiteral("flowlog-project");
        d.logStoreName = QStringLiteral("flowlog_store");
        d.samplingRate = QStringLiteral("1:4096");
        break;
    case Service::Er:
        d.region = QStringLiteral("cn-north-4");
        d.erId = QStringLiteral("a43c55e9-0b8a-4d3a-8b1f-5d1b2c3d4e5f");
        d.name = QStringLiteral("flow-log");
        d.resourceId = QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402");
        d.logGroupId = QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497");
        d.logStreamId = QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad");
        break;
    }
    return d;
}

inline QString chars(int n, QChar c = QLatin1Char('a'))
{
    return QString(n, c);
}

inline QList<Tag> tagsOf(int n)
{
    QList<Tag> out;
    for (int i = 0; i < n; ++i)
        out.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    return out;
}

} // namespace flowlog::test
