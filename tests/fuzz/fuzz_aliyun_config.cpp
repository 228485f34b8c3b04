// libFuzzer target: parseAliyunConfig (the aliyun CLI's ~/.aliyun/config.json) over arbitrary bytes. Checks the
// documented contract: every candidate is importable (name, key id, secret, a supported mode), names are unique,
// every profile entry is either a candidate or skipped, and no message ever carries a secret of the input.
// Then removeAliyunSecrets (profile import --remove-secrets) for every candidate: its output is a config again,
// in which none of them is importable any more (their secrets are gone) and every profile entry is still there.
#include "aliyunconfigimporter.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const flowlog::AliyunConfigParseResult result = flowlog::parseAliyunConfig(bytes);

    QSet<QString> names;
    for (const flowlog::AliyunConfigCandidate &c : result.candidates) {
        FUZZ_CHECK(!c.name.isEmpty() && !c.accessKeyId.isEmpty() && !c.secret.isEmpty());
        FUZZ_CHECK(c.mode == QLatin1String("AK") || c.mode == QLatin1String("StsToken"));
        FUZZ_CHECK(c.mode == QLatin1String("AK") ? c.stsToken.isEmpty() : !c.stsToken.isEmpty());
        FUZZ_CHECK(!names.contains(c.name));
        names.insert(c.name);
    }

    // The secrets the input holds (long enough not to match by chance) never appear in a message.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    const QJsonArray profiles = doc.object().value(QLatin1String("profiles")).toArray();
    if (result.error.isEmpty())
        FUZZ_CHECK(result.candidates.size() + result.skipped.size() == profiles.size());
    for (const QJsonValue &p : profiles) {
        for (const char *key : {"access_key_secret", "sts_token"}) {
            const QString secret = p.toObject().value(QLatin1String(key)).toString();
            if (secret.size() < 8)
                continue;
            FUZZ_CHECK(!result.error.contains(secret));
            for (const flowlog::AliyunConfigSkipped &s : result.skipped)
                FUZZ_CHECK(!s.reason.contains(secret));
        }
    }

    QStringList candidateNames;
    for (const flowlog::AliyunConfigCandidate &c : result.candidates)
        candidateNames << c.name;
    const flowlog::AliyunSecretRemoval removal = flowlog::removeAliyunSecrets(bytes, candidateNames);
    FUZZ_CHECK(removal.error.isEmpty() == result.error.isEmpty());
    if (removal.error.isEmpty()) {
        FUZZ_CHECK(removal.cleared.size() == candidateNames.size());
        const flowlog::AliyunConfigParseResult after = flowlog::parseAliyunConfig(removal.bytes);
        FUZZ_CHECK(after.error.isEmpty());
        FUZZ_CHECK(after.candidates.isEmpty());
        FUZZ_CHECK(after.skipped.size() == result.candidates.size() + result.skipped.size());
    }
    return 0;
}
