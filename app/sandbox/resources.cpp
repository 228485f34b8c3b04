#include "resources.h"

#include "dataset.h"

#include <QJsonArray>

namespace flowlog::sandbox {

namespace {

QLatin1StringView kindPrefix(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
        return QLatin1StringView("vpcs");
    case ResourceKind::VSwitch:
        return QLatin1StringView("vswitches");
    case ResourceKind::NetworkInterface:
        return QLatin1StringView("enis");
    case ResourceKind::Cen:
        return QLatin1StringView("cens");
    case ResourceKind::TransitRouter:
        return QLatin1StringView("trs");
    case ResourceKind::TrVpcAttachment:
        return QLatin1StringView("tr-vpc-attachments");
    case ResourceKind::TrVbrAttachment:
        return QLatin1StringView("tr-vbr-attachments");
    case ResourceKind::EcrChild:
        return QLatin1StringView("ecr-children");
    case ResourceKind::ErAttachment:
        return QLatin1StringView("er-attachments");
    }
    return {};
}

// The idField of every record of list, in order.
QJsonArray idsOf(const QList<QJsonObject> &list, QLatin1StringView idField)
{
    QJsonArray ids;
    for (const QJsonObject &o : list)
        ids.append(o.value(idField));
    return ids;
}

// Each record of list reduced to fields.
QJsonArray subsetOf(const QList<QJsonObject> &list, std::initializer_list<QLatin1StringView> fields)
{
    QJsonArray out;
    for (const QJsonObject &o : list) {
        QJsonObject part;
        for (QLatin1StringView f : fields) {
            if (o.contains(f))
                part.insert(f, o.value(f));
        }
        out.append(part);
    }
    return out;
}

} // namespace

const QJsonObject *Resources::find(const QString &key, QLatin1StringView idField, QStringView id) const
{
    const auto it = m_lists.constFind(key);
    if (it == m_lists.cend() || id.isEmpty())
        return nullptr;
    for (const QJsonObject &o : *it) {
        if (o.value(idField).toString() == id)
            return &o;
    }
    return nullptr;
}

QJsonObject Resources::describe(const Account &account) const
{
    using namespace Qt::StringLiterals;
    QJsonObject out{{u"account"_s, account.name}, {u"provider"_s, account.provider}};
    if (account.isAliyun()) {
        QJsonObject regions;
        for (const QString &region : account.regions) {
            const auto listOf = [&](ResourceKind kind) { return list(key(kind, account, region)); };
            QList<QJsonObject> attachments = listOf(ResourceKind::TrVpcAttachment);
            attachments.append(listOf(ResourceKind::TrVbrAttachment));
            regions.insert(
                region, QJsonObject{{u"vpcs"_s, idsOf(listOf(ResourceKind::Vpc), "VpcId"_L1)},
                                    {u"vSwitches"_s, idsOf(listOf(ResourceKind::VSwitch), "VSwitchId"_L1)},
                                    {u"networkInterfaces"_s,
                                     idsOf(listOf(ResourceKind::NetworkInterface), "NetworkInterfaceId"_L1)},
                                    {u"transitRouters"_s,
                                     subsetOf(listOf(ResourceKind::TransitRouter), {"TransitRouterId"_L1, "CenId"_L1})},
                                    {u"transitRouterAttachments"_s,
                                     subsetOf(attachments, {"TransitRouterAttachmentId"_L1, "TransitRouterId"_L1,
                                                            "CenId"_L1, "ResourceType"_L1})}});
        }
        out.insert(u"regions"_s, regions);
        out.insert(u"cens"_s, idsOf(list(key(ResourceKind::Cen, account)), "CenId"_L1));
        QJsonObject ecr;
        for (const QString &ecrId : account.allEcrIds())
            ecr.insert(ecrId, idsOf(list(key(ResourceKind::EcrChild, account, ecrId)), "ChildInstanceId"_L1));
        out.insert(u"ecrChildren"_s, ecr);
        return out;
    }
    QJsonObject routers;
    for (const QString &region : account.regions) {
        const QString projectId = account.projectIds.value(region);
        for (const QString &erId : account.routersIn(region)) {
            routers.insert(
                erId, QJsonObject{{u"region"_s, region},
                                  {u"projectId"_s, projectId},
                                  {u"attachments"_s,
                                   idsOf(list(key(ResourceKind::ErAttachment, account, projectId, erId)), "id"_L1)}});
        }
    }
    out.insert(u"erRouters"_s, routers);
    return out;
}

QString Resources::key(ResourceKind kind, const Account &account, QStringView scope, QStringView instance)
{
    return Dataset::listKey(kindPrefix(kind), account, scope, instance);
}

} // namespace flowlog::sandbox
