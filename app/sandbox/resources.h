#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace flowlog::sandbox {

struct Account;

// The networks flow logs watch, kept like the flow logs: each in its API's own response shape, one list per kind and
// place (Resources::key).
enum class ResourceKind
{
    Vpc,              // VPC DescribeVpcs, per account and region
    VSwitch,          // VPC DescribeVSwitches, per account and region
    NetworkInterface, // no list API here: {NetworkInterfaceId, VSwitchId, VpcId}, per account and region
    Cen,              // CEN DescribeCens, per account
    TransitRouter,    // CEN ListTransitRouters, per account and region
    TrVpcAttachment,  // CEN ListTransitRouterVpcAttachments, per account and region
    TrVbrAttachment,  // CEN ListTransitRouterVbrAttachments, per account and region
    EcrChild,         // ECR DescribeExpressConnectRouterChildInstance (VBRs), per account and ECR instance
    ErAttachment      // Huawei ER ListAttachments, per account, project and router
};

// Deterministic sample networks (seeded with the flow logs) and which VPC each vSwitch and network interface is in.
class Resources
{
public:
    // The name of one list: the kind, the owning account, then where in it (region, ECR id, or project and router).
    [[nodiscard]] static QString key(ResourceKind kind, const Account &account, QStringView scope = {},
                                     QStringView instance = {});
    [[nodiscard]] QList<QJsonObject> &list(const QString &key) { return m_lists[key]; }
    [[nodiscard]] QList<QJsonObject> list(const QString &key) const { return m_lists.value(key); }

    // The record of key's list whose idField is id; null when the list has none (an id the account lacks there).
    // What creates name is judged with this (aliyun/targets.cpp, huawei/er.cpp), as the provider would.
    [[nodiscard]] const QJsonObject *find(const QString &key, QLatin1StringView idField, QStringView id) const;
    // The ids of every network of account (GET /__sandbox/resources): per region its VPCs, vSwitches, network
    // interfaces, transit routers and their attachments; its CEN instances; per ECR instance its VBRs; per ER router
    // its attachments. So tests and scripts create on what exists instead of made-up ids.
    [[nodiscard]] QJsonObject describe(const Account &account) const;

    // The VPC a vSwitch or network interface is in; empty for an unknown id.
    void addToVpc(const QString &memberId, const QString &vpcId) { m_vpcOf.insert(memberId, vpcId); }
    [[nodiscard]] QString vpcOf(const QString &memberId) const { return m_vpcOf.value(memberId); }

private:
    QHash<QString, QList<QJsonObject>> m_lists;
    QHash<QString, QString> m_vpcOf;
};

} // namespace flowlog::sandbox
