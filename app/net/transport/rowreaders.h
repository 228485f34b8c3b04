#pragma once

#include "jsonread.h"
#include "servicetraits.h"

namespace flowlog::json {

// What the flow-log mappers read from one provider object, over a QJsonObject or a SimdObject (simdobject.h): the
// same code for both, so the simdjson path cannot read a field differently from the QJsonDocument one.

// str() for a field whose values repeat across rows (status, types, region, storage names, tags). Over a SimdObject
// equal values share one QString (simdobject.h); the QJsonDocument path, the rare fallback, reads it as str() does.
[[nodiscard]] inline QString sharedStr(const QJsonObject &o, QLatin1StringView key)
{
    return str(o, key);
}

// Reads id, status (trimmed), name, description, storage and creation time of o into f (its service set).
template<typename Obj> void readFlowLogFieldsOf(FlowLog &f, const Obj &o, const FlowLogFieldNames &names)
{
    const ServiceTraits &t = traits(f.service);
    f.id = str(o, t.idField);
    f.status = sharedStr(o, t.statusField).trimmed();
    f.name = str(o, names.name);
    f.description = str(o, names.description);
    f.storageProject = sharedStr(o, names.storageProject);
    f.storageStore = sharedStr(o, names.storageStore);
    f.created = parseProviderTime(str(o, names.created));
}

// Appends the tag one element of Tags describes (Key / Value, or TagKey / TagValue); nothing without a key.
template<typename Obj> void appendTag(QList<Tag> &out, const Obj &t)
{
    QString key = sharedStr(t, QLatin1StringView("Key"));
    if (key.isEmpty())
        key = sharedStr(t, QLatin1StringView("TagKey"));
    QString value = sharedStr(t, QLatin1StringView("Value"));
    if (value.isEmpty())
        value = sharedStr(t, QLatin1StringView("TagValue"));
    if (!key.isEmpty())
        out.append({key, value});
}

} // namespace flowlog::json
