#include "aliyun/seed.h"

#include "resources.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

// The networks of an Alibaba account (VPCs with vSwitches and network interfaces, CEN instances with transit routers
// and their VPC and VBR attachments, ECR VBRs), and the seeded flow logs pointed at them so that some networks are
// fully watched, some partly, some not at all, and a few flow logs watch something that no longer exists (orphans).
namespace flowlog::sandbox::aliyun {

namespace {

using namespace Qt::StringLiterals;

// Of the flow logs, this many percent keep the made-up resource they were seeded with: orphans.
constexpr quint32 orphanPercent = 6;

// What a seeded VPC is meant for; the flow logs' statuses (mostly Active) then decide the coverage that results.
enum class Role
{
    WholeVpc,     // flow logs on the VPC itself
    EveryVSwitch, // flow logs on each of its vSwitches
    SomeMembers,  // a flow log on one of its (two or more) vSwitches, one on a network interface
    Unwatched
};

Role roleOf(int index)
{
    switch (index % 5) {
    case 0:
        return Role::WholeVpc;
    case 1:
        return Role::EveryVSwitch;
    case 2:
        return Role::SomeMembers;
    default:
        return Role::Unwatched;
    }
}

// How many of each network a source gets: enough for paging to matter when there are many flow logs.
int scaled(int perSource, int min, int max)
{
    return std::clamp(perSource / 5 + 2, min, max);
}

QString timeText(QRandomGenerator &rng)
{
    return Dataset::creationTime(rng).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

// The account's numeric UID, as owner fields carry it.
qint64 uidOf(const Account &account)
{
    return account.accountId.toLongLong();
}

// Hands out targets in turn; empty when there are none (the flow log then keeps its resource).
class Turns
{
public:
    explicit Turns(QStringList items)
        : m_items(std::move(items))
    {}
    QString take() { return m_items.isEmpty() ? QString() : m_items.at(m_next++ % m_items.size()); }

private:
    QStringList m_items;
    qsizetype m_next = 0;
};

// The first three fifths of a list: the rest is left unwatched.
QStringList watchedPart(const QStringList &all)
{
    return all.mid(0, std::max<qsizetype>(1, all.size() * 3 / 5));
}

void seedVpcs(Dataset &dataset, const Account &account, const QString &region, QRandomGenerator &rng, int perSource)
{
    Resources &resources = dataset.resources();
    // Built here, stored at the end: a reference into the lists would not survive the hash growing.
    QList<QJsonObject> vpcs;
    QList<QJsonObject> vSwitches;
    QList<QJsonObject> interfaces;
    const QString team = account.name.section(QLatin1Char('-'), 1, 1);
    QStringList wholeVpcs;
    QStringList switchTargets;
    QStringList someSwitches;
    QStringList interfaceTargets;
    const int count = scaled(perSource, 3, 120);
    for (int v = 0; v < count; ++v) {
        const Role role = roleOf(v);
        const QString vpcId = u"vpc-"_s + Dataset::randomId(rng, 21);
        const int switchCount = static_cast<int>(role == Role::SomeMembers ? 2 + rng.bounded(3u) : 1 + rng.bounded(4u));
        QJsonArray members;
        for (int k = 0; k < switchCount; ++k) {
            const QString switchId = u"vsw-"_s + Dataset::randomId(rng, 21);
            const QString zone = region + QLatin1Char('-') + QLatin1Char(char('g' + k % 4));
            members.append(switchId);
            resources.addToVpc(switchId, vpcId);
            vSwitches.append(QJsonObject{
                {u"VSwitchId"_s, switchId},
                {u"VpcId"_s, vpcId},
                {u"Status"_s, u"Available"_s},
                {u"CidrBlock"_s, u"10.%1.%2.0/24"_s.arg(v).arg(k)},
                {u"ZoneId"_s, zone},
                {u"AvailableIpAddressCount"_s, 200 + static_cast<int>(rng.bounded(50u))},
                {u"Description"_s, QString()},
                {u"VSwitchName"_s, u"vsw-%1-%2-%3"_s.arg(team, zone.section(QLatin1Char('-'), 1)).arg(k + 1)},
                {u"CreationTime"_s, timeText(rng)},
                {u"IsDefault"_s, v == 0 && k == 0},
                {u"ResourceGroupId"_s, u"rg-"_s + Dataset::randomId(rng, 15)},
                {u"NetworkAclId"_s, QString()},
                {u"RouteTable"_s, QJsonObject{{u"RouteTableId"_s, u"vtb-"_s + Dataset::randomId(rng, 21)},
                                              {u"RouteTableType"_s, u"System"_s}}}});
            if (role == Role::EveryVSwitch)
                switchTargets << switchId;
            if (role != Role::SomeMembers)
                continue;
            if (k == 0)
                someSwitches << switchId;
            const QString interfaceId = u"eni-"_s + Dataset::randomId(rng, 20);
            resources.addToVpc(interfaceId, vpcId);
            interfaces.append(
                QJsonObject{{u"NetworkInterfaceId"_s, interfaceId}, {u"VSwitchId"_s, switchId}, {u"VpcId"_s, vpcId}});
            if (k == 1)
                interfaceTargets << interfaceId;
        }
        if (role == Role::WholeVpc)
            wholeVpcs << vpcId;
        vpcs.append(QJsonObject{
            {u"VpcId"_s, vpcId},
            {u"VpcName"_s, u"vpc-%1-%2-%3"_s.arg(team, region.section(QLatin1Char('-'), 1)).arg(v + 1)},
            {u"Status"_s, u"Available"_s},
            {u"IsDefault"_s, v == 0},
            {u"CidrBlock"_s, u"10.%1.0.0/16"_s.arg(v)},
            {u"RegionId"_s, region},
            {u"VRouterId"_s, u"vrt-"_s + Dataset::randomId(rng, 21)},
            {u"Description"_s, role == Role::Unwatched ? u"Legacy network"_s : u"Production network"_s},
            {u"CreationTime"_s, timeText(rng)},
            {u"ResourceGroupId"_s, u"rg-"_s + Dataset::randomId(rng, 15)},
            {u"VSwitchIds"_s, QJsonObject{{u"VSwitchId"_s, members}}},
            {u"UserCidrs"_s, QJsonObject{{u"UserCidr"_s, QJsonArray()}}},
            {u"Tags"_s, QJsonObject{{u"Tag"_s, QJsonArray{QJsonObject{{u"Key"_s, u"team"_s}, {u"Value"_s, team}}}}}}});
    }

    resources.list(Resources::key(ResourceKind::Vpc, account, region)) = vpcs;
    resources.list(Resources::key(ResourceKind::VSwitch, account, region)) = vSwitches;
    resources.list(Resources::key(ResourceKind::NetworkInterface, account, region)) = interfaces;

    // The region's VPC flow logs, each on a resource of its type.
    Turns onVpcs(wholeVpcs);
    Turns onSwitches(switchTargets + someSwitches);
    Turns onInterfaces(interfaceTargets);
    for (QJsonObject &fl : dataset.flowLogs(Dataset::key(Service::Vpc, account, region))) {
        if (rng.bounded(100u) < orphanPercent)
            continue;
        const QString type = fl.value("ResourceType"_L1).toString();
        const QString target = type == "VPC"_L1       ? onVpcs.take()
                               : type == "VSwitch"_L1 ? onSwitches.take()
                                                      : onInterfaces.take();
        if (!target.isEmpty())
            fl.insert(u"ResourceId"_s, target);
    }
}

QJsonObject attachment(QRandomGenerator &rng, const QString &router, const QString &cenId, const QString &what,
                       const QString &name)
{
    return QJsonObject{{u"TransitRouterAttachmentId"_s, u"tr-attach-"_s + Dataset::randomId(rng, 18)},
                       {u"TransitRouterAttachmentName"_s, name},
                       {u"TransitRouterAttachmentDescription"_s, what},
                       {u"TransitRouterId"_s, router},
                       {u"CenId"_s, cenId},
                       {u"Status"_s, u"Attached"_s},
                       {u"CreationTime"_s, timeText(rng)}};
}

// Two CEN instances; in each region one transit router of each, the region's VPCs attached to them in turn, a VBR or
// two on each. Whole-router flow logs go to the first router, the attachment ones to three fifths of the second's.
void seedCen(Dataset &dataset, const Account &account, QRandomGenerator &rng)
{
    Resources &resources = dataset.resources();
    const QString team = account.name.section(QLatin1Char('-'), 1, 1);
    const qint64 uid = uidOf(account);
    QStringList cenIds;
    for (int i = 0; i < 2; ++i) {
        cenIds << u"cen-"_s + Dataset::randomId(rng, 18);
        resources.list(Resources::key(ResourceKind::Cen, account))
            .append(QJsonObject{{u"CenId"_s, cenIds.last()},
                                {u"Name"_s, u"cen-%1-%2"_s.arg(team).arg(i + 1)},
                                {u"Description"_s, i == 0 ? u"Backbone"_s : u"Hybrid cloud"_s},
                                {u"Status"_s, u"Active"_s},
                                {u"CreationTime"_s, timeText(rng)},
                                {u"ProtectionLevel"_s, u"REDUCED"_s},
                                {u"Ipv6Level"_s, u"DISABLED"_s},
                                {u"ResourceGroupId"_s, u"rg-"_s + Dataset::randomId(rng, 15)},
                                {u"CenBandwidthPackageIds"_s, QJsonObject{{u"CenBandwidthPackageId"_s, QJsonArray()}}},
                                {u"Tags"_s, QJsonObject{{u"Tag"_s, QJsonArray{QJsonObject{{u"Key"_s, u"team"_s},
                                                                                          {u"Value"_s, team}}}}}}});
    }
    for (const QString &region : std::as_const(account.regions)) {
        QStringList routers;
        for (int i = 0; i < 2; ++i) {
            routers << u"tr-"_s + Dataset::randomId(rng, 20);
            resources.list(Resources::key(ResourceKind::TransitRouter, account, region))
                .append(QJsonObject{{u"TransitRouterId"_s, routers.last()},
                                    {u"TransitRouterName"_s, u"tr-%1-%2"_s.arg(region).arg(i + 1)},
                                    {u"TransitRouterDescription"_s, QString()},
                                    {u"CenId"_s, cenIds.at(i)},
                                    {u"RegionId"_s, region},
                                    {u"Status"_s, u"Active"_s},
                                    {u"Type"_s, u"Enterprise"_s},
                                    {u"AliUid"_s, uid},
                                    {u"SupportMulticast"_s, false},
                                    {u"CreationTime"_s, timeText(rng)}});
        }
        QStringList secondRouters; // the second router's attachments
        const QList<QJsonObject> vpcs = resources.list(Resources::key(ResourceKind::Vpc, account, region));
        const QList<QJsonObject> vSwitches = resources.list(Resources::key(ResourceKind::VSwitch, account, region));
        for (qsizetype v = 0; v < vpcs.size(); ++v) {
            const QString vpcId = vpcs.at(v).value("VpcId"_L1).toString();
            const auto vSwitch = std::find_if(vSwitches.cbegin(), vSwitches.cend(), [&](const QJsonObject &s) {
                return s.value("VpcId"_L1).toString() == vpcId;
            });
            QJsonObject a = attachment(rng, routers.at(v % 2), cenIds.at(v % 2), u"VPC attachment"_s,
                                       u"attach-%1"_s.arg(vpcs.at(v).value("VpcName"_L1).toString()));
            a.insert(u"ResourceType"_s, u"VPC"_s);
            a.insert(u"VpcId"_s, vpcId);
            a.insert(u"VpcRegionId"_s, region);
            a.insert(u"VpcOwnerId"_s, uid);
            a.insert(u"ChargeType"_s, u"POSTPAY"_s);
            a.insert(u"OrderType"_s, u"PayByCenOwner"_s);
            a.insert(u"ZoneMappings"_s, QJsonArray{QJsonObject{{u"VSwitchId"_s, vSwitch->value("VSwitchId"_L1)},
                                                               {u"ZoneId"_s, vSwitch->value("ZoneId"_L1)}}});
            if (v % 2 == 1)
                secondRouters << a.value("TransitRouterAttachmentId"_L1).toString();
            resources.list(Resources::key(ResourceKind::TrVpcAttachment, account, region)).append(a);
        }
        for (int i = 0; i < 2; ++i) {
            const int vbrs = 1 + static_cast<int>(rng.bounded(2u));
            for (int n = 0; n < vbrs; ++n) {
                QJsonObject a = attachment(rng, routers.at(i), cenIds.at(i), u"Express Connect VBR"_s,
                                           u"attach-vbr-%1-%2"_s.arg(i + 1).arg(n + 1));
                a.insert(u"ResourceType"_s, u"VBR"_s);
                a.insert(u"VbrId"_s, u"vbr-"_s + Dataset::randomId(rng, 20));
                a.insert(u"VbrRegionId"_s, region);
                a.insert(u"VbrOwnerId"_s, uid);
                a.insert(u"AutoPublishRouteEnabled"_s, false);
                if (i == 1)
                    secondRouters << a.value("TransitRouterAttachmentId"_L1).toString();
                resources.list(Resources::key(ResourceKind::TrVbrAttachment, account, region)).append(a);
            }
        }

        Turns onAttachments(watchedPart(secondRouters));
        for (QJsonObject &fl : dataset.flowLogs(Dataset::key(Service::Cen, account, region))) {
            const bool wholeRouter = fl.value("TransitRouterAttachmentId"_L1).toString().isEmpty();
            const int router = wholeRouter ? 0 : 1;
            fl.insert(u"CenId"_s, cenIds.at(router));
            if (rng.bounded(100u) < orphanPercent)
                continue; // keeps its made-up router or attachment
            fl.insert(u"TransitRouterId"_s, routers.at(router));
            if (!wholeRouter)
                fl.insert(u"TransitRouterAttachmentId"_s, onAttachments.take());
        }
    }
}

// The VBRs of each ECR instance, three fifths of them watched.
void seedEcr(Dataset &dataset, const Account &account, QRandomGenerator &rng, int perSource)
{
    const qint64 uid = uidOf(account);
    for (const QString &ecrId : account.allEcrIds()) {
        QList<QJsonObject> &children = dataset.resources().list(Resources::key(ResourceKind::EcrChild, account, ecrId));
        QStringList ids;
        const int count = scaled(perSource, 3, 100);
        for (int n = 0; n < count; ++n) {
            ids << u"vbr-"_s + Dataset::randomId(rng, 20);
            const QString region = Dataset::pick(rng, account.regions);
            const QString created = timeText(rng);
            children.append(QJsonObject{{u"ChildInstanceId"_s, ids.last()},
                                        {u"ChildInstanceType"_s, u"VBR"_s},
                                        {u"ChildInstanceRegionId"_s, region},
                                        {u"ChildInstanceOwnerId"_s, uid},
                                        {u"EcrId"_s, ecrId},
                                        {u"Status"_s, u"ACTIVE"_s},
                                        {u"RegionId"_s, region},
                                        {u"OwnerId"_s, uid},
                                        {u"Description"_s, u"Leased line %1"_s.arg(n + 1)},
                                        {u"GmtCreate"_s, created},
                                        {u"GmtModified"_s, created}});
        }
        Turns onVbrs(watchedPart(ids));
        for (QJsonObject &fl : dataset.flowLogs(Dataset::key(Service::Ecr, account, ecrId))) {
            if (rng.bounded(100u) >= orphanPercent)
                fl.insert(u"InstanceId"_s, onVbrs.take());
        }
    }
}

} // namespace

void seedResources(Dataset &dataset, const Account &account, quint32 seed, int perSource)
{
    // Their own generator: the flow logs drawn before are unchanged but for the resources they point at.
    QRandomGenerator rng(seed ^ 0x5bd1e995u);
    for (const QString &region : std::as_const(account.regions))
        seedVpcs(dataset, account, region, rng, perSource);
    seedCen(dataset, account, rng);
    seedEcr(dataset, account, rng, perSource);
}

} // namespace flowlog::sandbox::aliyun
