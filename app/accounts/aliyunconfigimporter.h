#pragma once

#include "credentialstore.h"
#include "profilestore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace flowlog {

// One importable profile of the aliyun CLI config (~/.aliyun/config.json).
struct AliyunConfigCandidate
{
    QString name;
    QString mode; // "AK" or "StsToken"
    QString accessKeyId;
    QString secret;
    QString stsToken;
    QString region;
};

// A profile of the config that cannot be imported, and why (e.g. "unsupported mode RamRoleArn").
struct AliyunConfigSkipped
{
    QString name;
    QString reason;
};

struct AliyunConfigParseResult
{
    QString error; // non-empty when the file as a whole is unusable (not JSON, no profiles array)
    QList<AliyunConfigCandidate> candidates;
    QList<AliyunConfigSkipped> skipped;
};

// Pure: file bytes -> candidates and skipped entries. Never throws, never reads files, never logs; safe to fuzz.
// Error and reason texts never contain a secret.
[[nodiscard]] AliyunConfigParseResult parseAliyunConfig(const QByteArray &bytes);

// ~/.aliyun/config.json
[[nodiscard]] QString defaultAliyunConfigPath();

// The outcome of one candidate's import.
struct AliyunImportOutcome
{
    QString name;
    bool imported = false;
    QString reason; // why not, when not imported
};

// Creates profiles from candidates and moves their secrets into the credential store. The secret is written
// first; the profile is added only when the write succeeded, so a keychain failure leaves no profile without
// a secret. finished() fires exactly once after start(), with one outcome per candidate.
class AliyunConfigImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AliyunConfigImporter)

public:
    AliyunConfigImporter(ProfileStore *profiles, CredentialStore *credentials, QObject *parent = nullptr);

    void start(const QList<AliyunConfigCandidate> &candidates);

Q_SIGNALS:
    void finished(const QList<flowlog::AliyunImportOutcome> &outcomes);

private:
    void next();

    QPointer<ProfileStore> m_profiles;
    QPointer<CredentialStore> m_credentials;
    QList<AliyunConfigCandidate> m_pending;
    QList<AliyunImportOutcome> m_outcomes;
};

} // namespace flowlog
