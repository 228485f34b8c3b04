#pragma once

// The ids of a sandbox account's seeded networks, as GET /__sandbox/resources lists them (SandboxFixture::resources):
// what a test creates on, so the sandbox accepts it as the provider would. The same --seed and flags give the same
// ids, so a `flowlog-cli --sandbox` run (its own sandbox, default flags) sees the ids a default fixture lists.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace flowlog::test {

class SeededIds
{
public:
    SeededIds() = default;
    explicit SeededIds(QJsonObject resources)
        : m_data(std::move(resources))
    {}

    [[nodiscard]] bool isEmpty() const { return m_data.isEmpty(); }

    // Alibaba, per region: VPC ids, vSwitch ids, network interface ids.
    [[nodiscard]] QString vpc(const QString &region, int index = 0) const { return regional(region, "vpcs", index); }
    [[nodiscard]] QString vSwitch(const QString &region, int index = 0) const
    {
        return regional(region, "vSwitches", index);
    }
    [[nodiscard]] QString networkInterface(const QString &region, int index = 0) const
    {
        return regional(region, "networkInterfaces", index);
    }
    // The VPC-type resource id a flow log of resourceType ("VPC", "VSwitch", "NetworkInterface") may watch.
    [[nodiscard]] QString resource(const QString &region, const QString &resourceType, int index = 0) const
    {
        if (resourceType == QLatin1String("VSwitch"))
            return vSwitch(region, index);
        if (resourceType == QLatin1String("NetworkInterface"))
            return networkInterface(region, index);
        return vpc(region, index);
    }
    // CEN instances; a transit router of cenId in region; an attachment of that router.
    [[nodiscard]] QString cen(int index = 0) const
    {
        return m_data.value(QLatin1String("cens")).toArray().at(index).toString();
    }
    [[nodiscard]] QString transitRouter(const QString &region, const QString &cenId) const
    {
        return member(region, "transitRouters", cenId, {}, "TransitRouterId");
    }
    [[nodiscard]] QString transitRouterAttachment(const QString &region, const QString &cenId,
                                                  const QString &routerId) const
    {
        return member(region, "transitRouterAttachments", cenId, routerId, "TransitRouterAttachmentId");
    }
    // The VBRs attached to an ECR instance.
    [[nodiscard]] QString ecrChild(const QString &ecrId, int index = 0) const
    {
        return m_data.value(QLatin1String("ecrChildren")).toObject().value(ecrId).toArray().at(index).toString();
    }
    // Huawei: the attachments of an enterprise router.
    [[nodiscard]] QString erAttachment(const QString &erId, int index = 0) const
    {
        return m_data.value(QLatin1String("erRouters"))
            .toObject()
            .value(erId)
            .toObject()
            .value(QLatin1String("attachments"))
            .toArray()
            .at(index)
            .toString();
    }
    [[nodiscard]] const QJsonObject &data() const { return m_data; }

private:
    [[nodiscard]] QJsonObject region(const QString &name) const
    {
        return m_data.value(QLatin1String("regions")).toObject().value(name).toObject();
    }
    [[nodiscard]] QString regional(const QString &name, const char *list, int index) const
    {
        return region(name).value(QLatin1String(list)).toArray().at(index).toString();
    }
    [[nodiscard]] QString member(const QString &name, const char *list, const QString &cenId, const QString &routerId,
                                 const char *idMember) const
    {
        for (const QJsonValue &v : region(name).value(QLatin1String(list)).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("CenId")).toString() == cenId &&
                (routerId.isEmpty() || o.value(QLatin1String("TransitRouterId")).toString() == routerId))
                return o.value(QLatin1String(idMember)).toString();
        }
        return {};
    }

    QJsonObject m_data;
};

} // namespace flowlog::test
