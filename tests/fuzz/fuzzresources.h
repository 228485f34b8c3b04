#pragma once

#include "fuzzcheck.h"
#include "listpage.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace flowlog::fuzz {

// Feeds one response body to a discovery page parser (regions, instances, projects, accounts) and checks what
// discovery relies on: a failed page says why and carries no rows, every row has an id and the context's account,
// its raw JSON reads back as an object, and parsing is a pure function of the body.
template<typename Parser> void fuzzResources(const std::uint8_t *data, std::size_t size, Parser parser)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RowContext ctx{QStringLiteral("fuzz"), QStringLiteral("p-fuzz"), QStringLiteral("cn-north-4")};
    const ResourcePage page = parser(body, ctx);
    if (page.error.isError()) {
        FUZZ_CHECK(!page.error.message.isEmpty());
        FUZZ_CHECK(page.rows.isEmpty());
    }
    for (const Resource &row : page.rows) {
        FUZZ_CHECK(!row.id.isEmpty());
        FUZZ_CHECK(row.account == ctx.account);
        FUZZ_CHECK(QJsonDocument::fromJson(row.rawJson).isObject());
        for (const auto &[key, value] : row.attributes)
            FUZZ_CHECK(row.attribute(key) == value || key.isEmpty());
    }
    const ResourcePage again = parser(body, ctx);
    FUZZ_CHECK(again.rows.size() == page.rows.size());
    FUZZ_CHECK(again.error.kind == page.error.kind);
    FUZZ_CHECK(again.nextToken == page.nextToken);
}

} // namespace flowlog::fuzz
