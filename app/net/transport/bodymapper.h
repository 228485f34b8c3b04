#pragma once

#include "httptypes.h"
#include "source.h"

namespace flowlog {

// A pure page parser of a body, Parse(body, rowContext), as an operation row's answer mapper (the response and the
// source it was listed for): rows name Parse once instead of wrapping it.
template<auto Parse>
decltype(Parse(QByteArray(), RowContext())) mapBody(const HttpResponse &response, const SourceSpec &source)
{
    return Parse(response.body, source.rowContext());
}

} // namespace flowlog
