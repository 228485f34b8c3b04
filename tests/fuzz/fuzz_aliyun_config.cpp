// libFuzzer target: parseAliyunConfig (the aliyun CLI's ~/.aliyun/config.json) over arbitrary bytes. Checks the
// documented contract: every candidate is importable (name, key id, secret, a supported mode: AK, StsToken,
// RamRoleArn with its role, ChainableRamRoleArn with its source's key), names are unique,
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
        const bool role = c.mode == QLatin1String("RamRoleArn") || c.mode == QLatin1String("ChainableRamRoleArn");
        FUZZ_CHECK(c.mode == QLatin1String("AK") || c.mode == QLatin1String("StsToken") || role);
        if (c.mode == QLatin1String("AK"))
            FUZZ_CHECK(c.stsToken.isEmpty());
        if (c.mode == QLatin1String("StsToken"))
            FUZZ_CHECK(!c.stsToken.isEmpty());
        FUZZ_CHECK(role == !c.roleArn.isEmpty());
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

    // A ChainableRamRoleArn entry holds no secret of its own: its source profile's is cleared (as a candidate).
    QStringList candidateNames;
    qsizetype ownSecrets = 0;
    for (const flowlog::AliyunConfigCandidate &c : result.candidates) {
        candidateNames << c.name;
        ownSecrets += c.sourceProfile.isEmpty() ? 1 : 0;
    }
    const flowlog::AliyunSecretRemoval removal = flowlog::removeAliyunSecrets(bytes, candidateNames);
    FUZZ_CHECK(removal.error.isEmpty() == result.error.isEmpty());
    if (removal.error.isEmpty()) {
        FUZZ_CHECK(removal.cleared.size() >= ownSecrets && removal.cleared.size() <= candidateNames.size());
        const flowlog::AliyunConfigParseResult after = flowlog::parseAliyunConfig(removal.bytes);
        FUZZ_CHECK(after.error.isEmpty());
        FUZZ_CHECK(after.candidates.isEmpty());
        FUZZ_CHECK(after.skipped.size() == result.candidates.size() + result.skipped.size());
    }
    return 0;
}
