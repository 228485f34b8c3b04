#include "aliyun/targets.h"

#include "aliyun/common.h"
#include "idshapes.h"
#include "resources.h"

#include <QHash>

namespace flowlog::sandbox::aliyun {

using namespace Qt::StringLiterals;

namespace {

// What the service answers for a field naming something the account does not have: the rule table's code for the
// field (idshapes.cpp, where the sources are: the same code whatever the id looks like), status 400, and the message.
// The messages are CEN's documented ones and ECR's template; the VPC one, and that the create operations answer
// exactly these, are UNCONFIRMED (docs/sandbox.md).
Reply notFound(Service service, QLatin1StringView field, const QString &resourceType = {})
{
    const IdShape *shape = idShapeFor(service, field, resourceType);
    const QString code = shape ? QString(shape->providerCode) : u"InvalidParameter"_s;
    static const QHash<QString, QString> messages = {
        {u"InvalidResourceId.NotFound"_s, u"The specified ResourceId is not found."_s},
        {u"InvalidCenId.NotFound"_s, u"The specified CenId is not found."_s},
        {u"InvalidTransitRouterId.NotFound"_s, u"The specified TransitRouterId is not found."_s},
        {u"InvalidTransitRouterAttachmentId.NotFound"_s, u"The TransitRouterAttachmentId is not found."_s},
        {u"ResourceNotFound.InstanceId"_s, u"The specified resource %s is not found."_s},
    };
    return error(400, code, messages.value(code, u"The specified resource is not found."_s));
}

// Whether the record's member equals want (an empty want matches anything: the parameter was not given).
bool matches(const QJsonObject &o, QLatin1StringView member, const QString &want)
{
    return want.isEmpty() || o.value(member).toString() == want;
}

} // namespace

std::optional<Reply> unknownVpcTarget(const Dataset &dataset, const Account &account, const FlowLogDraft &draft)
{
    struct Kind
    {
        QLatin1StringView type;
        ResourceKind kind;
        QLatin1StringView idMember;
    };
    static const Kind kinds[] = {{"VPC"_L1, ResourceKind::Vpc, "VpcId"_L1},
                                 {"VSwitch"_L1, ResourceKind::VSwitch, "VSwitchId"_L1},
                                 {"NetworkInterface"_L1, ResourceKind::NetworkInterface, "NetworkInterfaceId"_L1}};
    for (const Kind &k : kinds) {
        if (draft.resourceType != k.type)
            continue;
        if (dataset.resources().find(Resources::key(k.kind, account, draft.region), k.idMember, draft.resourceId))
            return std::nullopt;
        return notFound(Service::Vpc, fields::ResourceId, draft.resourceType);
    }
    return std::nullopt; // another type: the rule table has refused it already
}

std::optional<Reply> unknownCenTarget(const Dataset &dataset, const Account &account, const FlowLogDraft &draft)
{
    const Resources &resources = dataset.resources();
    if (!resources.find(Resources::key(ResourceKind::Cen, account), "CenId"_L1, draft.cenId))
        return notFound(Service::Cen, fields::CenId);
    if (!draft.transitRouterId.isEmpty()) {
        const QJsonObject *router = resources.find(Resources::key(ResourceKind::TransitRouter, account, draft.region),
                                                   "TransitRouterId"_L1, draft.transitRouterId);
        if (!router || !matches(*router, "CenId"_L1, draft.cenId))
            return notFound(Service::Cen, fields::TransitRouterId);
    }
    if (!draft.transitRouterAttachmentId.isEmpty()) {
        const QJsonObject *attachment = nullptr;
        for (ResourceKind kind : {ResourceKind::TrVpcAttachment, ResourceKind::TrVbrAttachment}) {
            if (!attachment)
                attachment = resources.find(Resources::key(kind, account, draft.region), "TransitRouterAttachmentId"_L1,
                                            draft.transitRouterAttachmentId);
        }
        if (!attachment || !matches(*attachment, "CenId"_L1, draft.cenId) ||
            !matches(*attachment, "TransitRouterId"_L1, draft.transitRouterId))
            return notFound(Service::Cen, fields::TransitRouterAttachmentId);
    }
    return std::nullopt;
}

std::optional<Reply> unknownCenInstance(const Dataset &dataset, const Account &account, const QString &cenId)
{
    if (cenId.isEmpty() || dataset.resources().find(Resources::key(ResourceKind::Cen, account), "CenId"_L1, cenId))
        return std::nullopt;
    return notFound(Service::Cen, fields::CenId);
}

std::optional<Reply> unknownEcrTarget(const Dataset &dataset, const Account &account, const FlowLogDraft &draft)
{
    if (dataset.resources().find(Resources::key(ResourceKind::EcrChild, account, draft.ecrId), "ChildInstanceId"_L1,
                                 draft.instanceId))
        return std::nullopt;
    const Reply r = notFound(Service::Ecr, fields::InstanceId);
    return ecrError(r.status, r.body.value("Code"_L1).toString(), r.body.value("Message"_L1).toString(),
                    u"The specified resource InstanceId %1 is not found."_s.arg(draft.instanceId));
}

} // namespace flowlog::sandbox::aliyun
