#pragma once

#include "credentialstore.h"
#include "profilestore.h"
#include "profilewriter.h"

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
    QString mode;        // "AK", "StsToken", "RamRoleArn" or "ChainableRamRoleArn"
    QString accessKeyId; // ChainableRamRoleArn: its source_profile's
    QString secret;
    QString stsToken;
    QString region;
    QString roleArn;     // RamRoleArn, ChainableRamRoleArn: ram_role_arn, ram_session_name, external_id,
    QString sessionName; // expired_seconds (0: the default duration)
    QString externalId;
    int durationSeconds = 0;
    QString sourceProfile; // ChainableRamRoleArn: the profile whose key signs AssumeRole
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

// The config without the secrets (access_key_secret and sts_token become "") of the named profiles; every other
// key and value stays (keys in the JSON writer's order). Pure, like parseAliyunConfig(); error non-empty when the
// bytes are not a config. cleared lists the profiles that held a secret.
struct AliyunSecretRemoval
{
    QString error;
    QByteArray bytes;
    QStringList cleared;
};
[[nodiscard]] AliyunSecretRemoval removeAliyunSecrets(const QByteArray &bytes, const QStringList &profileNames);

// removeAliyunSecrets() on a file, written back atomically (readers see the old or the new file) and 0600.
// False with the reason (never a secret) when it cannot be read, parsed or written.
bool removeAliyunSecretsFromFile(const QString &path, const QStringList &profileNames, QStringList *cleared,
                                 QString *error);

// The outcome of one candidate's import.
struct AliyunImportOutcome
{
    QString name;
    bool imported = false;
    bool alreadyImported = false; // a profile of this name and AccessKey ID exists: nothing to do
    QString reason;               // why not, when neither
    // The profile is in the store now (imported, or already): its secrets may leave the aliyun config.
    [[nodiscard]] bool isPresent() const { return imported || alreadyImported; }
};

// Creates profiles from candidates and moves their secrets into the credential store (through ProfileWriter:
// the secret first, undone when the profile cannot be saved). finished() fires exactly once after start(), with
// one outcome per candidate.
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
    ProfileWriter *m_writer;
    QList<AliyunConfigCandidate> m_pending;
    QList<AliyunImportOutcome> m_outcomes;
};

} // namespace flowlog
