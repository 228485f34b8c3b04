#pragma once

#include "jsonread.h"
#include "servicetraits.h"

namespace flowlog::json {

// What the flow-log mappers read from one provider object, over a QJsonObject or a SimdObject (simdobject.h): the
// same code for both, so the simdjson path cannot read a field differently from the QJsonDocument one.

// Reads id, status (trimmed), name, description, storage and creation time of o into f (its service set).
template<typename Obj> void readFlowLogFieldsOf(FlowLog &f, const Obj &o, const FlowLogFieldNames &names)
{
    const ServiceTraits &t = traits(f.service);
    f.id = str(o, t.idField);
    f.status = str(o, t.statusField).trimmed();
    f.name = str(o, names.name);
    f.description = str(o, names.description);
    f.storageProject = str(o, names.storageProject);
    f.storageStore = str(o, names.storageStore);
    f.created = parseProviderTime(str(o, names.created));
}

// Appends the tag one element of Tags describes (Key / Value, or TagKey / TagValue); nothing without a key.
template<typename Obj> void appendTag(QList<Tag> &out, const Obj &t)
{
    QString key = str(t, QLatin1StringView("Key"));
    if (key.isEmpty())
        key = str(t, QLatin1StringView("TagKey"));
    QString value = str(t, QLatin1StringView("Value"));
    if (value.isEmpty())
        value = str(t, QLatin1StringView("TagValue"));
    if (!key.isEmpty())
        out.append({key, value});
}

} // namespace flowlog::json
