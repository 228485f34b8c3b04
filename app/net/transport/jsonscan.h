#pragma once

#include <QByteArrayView>

namespace flowlog {

// What one pass over a response body found, without building a JSON document (a 50-row page costs ~1 ms to
// parse, and the page parser parses it again: the judges use this to wave ordinary pages through).
struct JsonScan
{
    bool balancedObject = false; // one {...} with balanced brackets, terminated strings and nothing after it
    bool successKey = false;     // a top-level "Success" member...
    bool successTrue = false;    // ...whose value is true or "true"
};

[[nodiscard]] JsonScan scanJsonObject(QByteArrayView body);

} // namespace flowlog
