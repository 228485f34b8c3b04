#include "idshapes.h"

#include "flowlogdraft.h"

#include <QCoreApplication>

namespace flowlog {

namespace {

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isUuid(const QString &v)
{
    if (v.size() != 36)
        return false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? v.at(i) != QLatin1Char('-') : !isHex(v.at(i)))
            return false;
    }
    return true;
}

bool isIdChar(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-');
}

} // namespace

// Prefixes: every id in the providers' API pages and samples (vsw-bp1..., eni-..., vpc-..., cen-..., tr-...,
// tr-attach-..., vbr-..., ecr-...); ER, its attachments and LTS log groups and streams are UUIDs in Huawei's samples.
// Provider codes, also what the sandbox answers for a well-shaped id the account does not have (app/sandbox/aliyun/
// targets.cpp; docs/sandbox.md has the table): VPC's InvalidResourceId.NotFound is the one issue 20 reports; CEN's
// Invalid<Parameter>.NotFound are the codes CEN's other operations document for an unknown CEN instance, transit
// router and attachment (CreateTransitRouter, ListTransitRouters...); ECR's ResourceNotFound.* are the codes ECR
// answers for an unknown EcrId (and the Terraform provider treats as not found for its associations). That
// CreateFlowLog/CreateFlowlog answer exactly these is UNCONFIRMED; so is ER.0001, Huawei ER's parameter error for a
// value that is not a UUID.
const QList<IdShape> &idShapes()
{
    using L = QLatin1StringView;
    static const QList<IdShape> shapes = {
        {Service::Vpc, fields::ResourceId, L("NetworkInterface"), L("eni-"),
         L(QT_TRANSLATE_NOOP("Rules", "network interface")), L("InvalidResourceId.NotFound")},
        {Service::Vpc, fields::ResourceId, L("VSwitch"), L("vsw-"), L(QT_TRANSLATE_NOOP("Rules", "vSwitch")),
         L("InvalidResourceId.NotFound")},
        {Service::Vpc, fields::ResourceId, L(QT_TRANSLATE_NOOP("Rules", "VPC")), L("vpc-"),
         L(QT_TRANSLATE_NOOP("Rules", "VPC")), L("InvalidResourceId.NotFound")},
        {Service::Cen,
         fields::CenId,
         {},
         L("cen-"),
         L(QT_TRANSLATE_NOOP("Rules", "CEN instance")),
         L("InvalidCenId.NotFound")},
        {Service::Cen,
         fields::TransitRouterId,
         {},
         L("tr-"),
         L(QT_TRANSLATE_NOOP("Rules", "transit router")),
         L("InvalidTransitRouterId.NotFound")},
        {Service::Cen,
         fields::TransitRouterAttachmentId,
         {},
         L("tr-attach-"),
         L(QT_TRANSLATE_NOOP("Rules", "transit router attachment")),
         L("InvalidTransitRouterAttachmentId.NotFound")},
        {Service::Ecr,
         fields::EcrId,
         {},
         L("ecr-"),
         L(QT_TRANSLATE_NOOP("Rules", "ECR instance")),
         L("ResourceNotFound.EcrId")},
        {Service::Ecr,
         fields::InstanceId,
         {},
         L("vbr-"),
         L(QT_TRANSLATE_NOOP("Rules", "VBR")),
         L("ResourceNotFound.InstanceId")},
        {Service::Er, fields::ErId, {}, {}, L(QT_TRANSLATE_NOOP("Rules", "enterprise router")), L("ER.0001")},
        {Service::Er, fields::ResourceId, {}, {}, L(QT_TRANSLATE_NOOP("Rules", "attachment")), L("ER.0001")},
        {Service::Er, fields::LogGroupId, {}, {}, L(QT_TRANSLATE_NOOP("Rules", "LTS log group")), L("ER.0001")},
        {Service::Er, fields::LogStreamId, {}, {}, L(QT_TRANSLATE_NOOP("Rules", "LTS log stream")), L("ER.0001")},
    };
    return shapes;
}

const IdShape *idShapeFor(Service service, QLatin1StringView field, QStringView resourceType)
{
    for (const IdShape &s : idShapes()) {
        if (s.service == service && field == s.field && (s.resourceType.isEmpty() || resourceType == s.resourceType))
            return &s;
    }
    return nullptr;
}

bool hasIdShape(const IdShape &shape, const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return true;
    if (shape.prefix.isEmpty())
        return isUuid(v);
    if (!v.startsWith(shape.prefix) || v.size() == shape.prefix.size())
        return false;
    for (const QChar c : v) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

} // namespace flowlog
