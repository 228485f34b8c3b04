#pragma once

#include "catalog.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace flowlog {

// What an id of one draft field looks like, part of the rule table (validation.h): Alibaba Cloud ids start with
// their resource's prefix, Huawei Cloud ids are UUIDs. A value of the wrong shape names no resource the account could
// have, so the dialog, flowlog-cli --validate-only and the sandbox's cross-check reject it before anything is sent.
struct IdShape
{
    Service service;
    QLatin1StringView field;
    QLatin1StringView resourceType; // VPC: the id's shape depends on the resource type; empty: any
    QLatin1StringView prefix;       // empty: a UUID (8-4-4-4-12 hexadecimal digits)
    QLatin1StringView what;         // the resource, for the message ("VSwitch", "transit router")
    QLatin1StringView providerCode; // what the service answers for an id that names nothing (see idshapes.cpp)
};

[[nodiscard]] const QList<IdShape> &idShapes();

// The shape rule for a field of a service (and resource type), or null when the field has none.
[[nodiscard]] const IdShape *idShapeFor(Service service, QLatin1StringView field, QStringView resourceType = {});

// True when value has the shape (an empty value is the "required" rule's business, never a shape problem).
[[nodiscard]] bool hasIdShape(const IdShape &shape, const QString &value);

} // namespace flowlog
