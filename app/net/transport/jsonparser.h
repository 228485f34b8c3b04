#pragma once

namespace flowlog {

// Which JSON parser reads a list page. Simdjson: simdjson, falling back to QJsonDocument for a page whose meaning it
// cannot vouch for (transport/simdobject.h), with the same rows and errors. QJsonDocumentOnly: every page as before
// simdjson; the reference the differential tests and the bench compare with.
enum class JsonParser
{
    Simdjson,
    QJsonDocumentOnly,
};

} // namespace flowlog
