#pragma once

#include "aliyunparsers.h"
#include "fuzzcheck.h"
#include "samepage.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace flowlog::fuzz {

// Feeds one response body to a page parser and checks what every caller relies on: an error page carries no
// half-read rows beyond what was reported, and every row survives the record's own accessors (display, key,
// export JSON, raw object) without crashing. The same parser on QJsonDocument alone must give the same page: rows,
// raw JSON and errors.
template<typename Parser> void fuzzPage(const std::uint8_t *data, std::size_t size, Parser parser)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RowContext ctx{QStringLiteral("fuzz"), QStringLiteral("p-fuzz"), QStringLiteral("cn-hangzhou")};
    const ListPage page = parser(body, ctx, JsonParser::Simdjson);
    if (page.error.isError())
        FUZZ_CHECK(!page.error.message.isEmpty());
    for (const FlowLog &row : page.rows) {
        FUZZ_CHECK(row.account == ctx.account);
        FUZZ_CHECK(!row.region.isEmpty() || ctx.region.isEmpty());
        (void)row.key();
        (void)row.tagsDisplay();
        (void)row.storageDisplay();
        (void)row.hasProblem();
        // rawJson is the provider's object re-serialised: it must read back as an object.
        FUZZ_CHECK(QJsonDocument::fromJson(row.rawJson.json()).isObject());
        (void)QJsonDocument(row.toJson()).toJson(QJsonDocument::Compact);
    }
    // Parsing is a pure function of the body.
    const ListPage again = parser(body, ctx, JsonParser::Simdjson);
    FUZZ_CHECK(again.rows.size() == page.rows.size());
    FUZZ_CHECK(again.error.kind == page.error.kind);
    const QString difference = test::pageDifference(page, parser(body, ctx, JsonParser::QJsonDocumentOnly));
    if (!difference.isEmpty())
        std::fprintf(stderr, "simdjson and QJsonDocument pages differ: %s\n", qPrintable(difference));
    FUZZ_CHECK(difference.isEmpty());
}

} // namespace flowlog::fuzz
