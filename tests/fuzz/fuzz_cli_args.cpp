// libFuzzer target: flowlog::cli::parseArguments. The input is the argument list after the program name, one
// argument per NUL-separated chunk (NUL is the one byte a real argv cannot contain). Create drafts also go
// through the rule table, which the CLI runs next.
#include "cliargs.h"
#include "fuzzcheck.h"
#include "validation.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList args{QStringLiteral("flowlog-cli")};
    if (!input.isEmpty()) {
        for (const QByteArray &chunk : input.split('\0'))
            args << QString::fromUtf8(chunk);
    }
    const flowlog::cli::Command c = flowlog::cli::parseArguments(args);
    using Kind = flowlog::cli::Command::Kind;
    switch (c.kind) {
    case Kind::Invalid:
        FUZZ_CHECK(!c.error.isEmpty());
        break;
    case Kind::Help:
        FUZZ_CHECK(!c.helpText.isEmpty());
        break;
    case Kind::Create: {
        FUZZ_CHECK(!c.createProfile.isEmpty());
        // A given client token is one the providers take: 1 to 64 printable ASCII characters.
        FUZZ_CHECK(c.clientToken.size() <= 64);
        for (const QChar ch : c.clientToken)
            FUZZ_CHECK(ch.unicode() > 0x20 && ch.unicode() < 0x7F);
        for (const flowlog::Violation &v : flowlog::validateDraft(c.draft))
            FUZZ_CHECK(!v.rule.isEmpty() && !v.message.isEmpty());
        break;
    }
    case Kind::List:
        FUZZ_CHECK(c.format == QLatin1String("table") || c.format == QLatin1String("json") ||
                   c.format == QLatin1String("csv") || c.format == QLatin1String("ndjson"));
        FUZZ_CHECK(c.deadlineSeconds >= 0);
        break;
    default:
        break;
    }
    return 0;
}
