#include "aliyunconfigimporter.h"

#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace flowlog {

namespace {

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().trimmed();
}

// The modes the aliyun CLI knows. Only these are echoed in a skip reason: an unknown value is never printed,
// since a hand-edited file may hold anything there, a secret included.
bool isKnownMode(const QString &mode)
{
    static const QLatin1String known[] = {QLatin1String("AK"),
                                          QLatin1String("StsToken"),
                                          QLatin1String("RamRoleArn"),
                                          QLatin1String("EcsRamRole"),
                                          QLatin1String("RsaKeyPair"),
                                          QLatin1String("RamRoleArnWithRoleName"),
                                          QLatin1String("ChainableRamRoleArn"),
                                          QLatin1String("External"),
                                          QLatin1String("CredentialsURI"),
                                          QLatin1String("OIDC"),
                                          QLatin1String("CloudSSO"),
                                          QLatin1String("OAuth")};
    return std::find(std::begin(known), std::end(known), mode) != std::end(known);
}

void readKey(const QJsonObject &o, AliyunConfigCandidate &c)
{
    c.accessKeyId = str(o, QLatin1String("access_key_id"));
    c.secret = str(o, QLatin1String("access_key_secret"));
    c.stsToken = str(o, QLatin1String("sts_token"));
}

// Reads the mode's fields of o into c; returns why it cannot be imported, or empty. Never quotes a value that may
// be a secret.
QString readCandidate(const QJsonObject &o, const QHash<QString, QJsonObject> &byName, AliyunConfigCandidate &c)
{
    const bool role = c.mode == QLatin1String("RamRoleArn");
    const bool chained = c.mode == QLatin1String("ChainableRamRoleArn");
    if (c.mode != QLatin1String("AK") && c.mode != QLatin1String("StsToken") && !role && !chained)
        return isKnownMode(c.mode) ? AliyunConfigImporter::tr("unsupported mode %1").arg(c.mode)
                                   : AliyunConfigImporter::tr("unsupported mode (not one the aliyun CLI knows)");
    if (role || chained) {
        c.roleArn = str(o, QLatin1String("ram_role_arn"));
        c.sessionName = str(o, QLatin1String("ram_session_name"));
        c.externalId = str(o, QLatin1String("external_id"));
        c.durationSeconds = o.value(QLatin1String("expired_seconds")).toInt();
        if (c.roleArn.isEmpty() || c.sessionName.isEmpty())
            return AliyunConfigImporter::tr("mode %1 without ram_role_arn or ram_session_name").arg(c.mode);
    }
    if (chained) {
        c.sourceProfile = str(o, QLatin1String("source_profile"));
        const auto source = byName.constFind(c.sourceProfile);
        if (c.sourceProfile.isEmpty() || source == byName.cend())
            return AliyunConfigImporter::tr("its source_profile \"%1\" is not in the file").arg(c.sourceProfile);
        const QString sourceMode = str(*source, QLatin1String("mode"));
        if (!sourceMode.isEmpty() && sourceMode != QLatin1String("AK") && sourceMode != QLatin1String("StsToken"))
            return AliyunConfigImporter::tr("its source_profile %1 is not an AK or StsToken profile (a chain of "
                                            "roles is not supported)")
                .arg(c.sourceProfile);
        readKey(*source, c);
        if (sourceMode != QLatin1String("StsToken"))
            c.stsToken.clear();
    } else {
        readKey(o, c);
    }
    if (c.accessKeyId.isEmpty() || c.secret.isEmpty())
        return chained ? AliyunConfigImporter::tr("its source_profile %1 has no AccessKey ID or secret")
                             .arg(c.sourceProfile)
                       : AliyunConfigImporter::tr("no AccessKey ID or secret");
    if (c.mode == QLatin1String("StsToken") && c.stsToken.isEmpty())
        return AliyunConfigImporter::tr("mode StsToken without an STS token");
    if (c.mode == QLatin1String("AK"))
        c.stsToken.clear();
    return {};
}

} // namespace

AliyunConfigParseResult parseAliyunConfig(const QByteArray &bytes)
{
    AliyunConfigParseResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // The parser's message and offset only; never the bytes, which may hold secrets.
        result.error = AliyunConfigImporter::tr("The aliyun CLI config is not valid JSON (%1 at offset %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    const QJsonValue profiles = doc.object().value(QLatin1String("profiles"));
    if (!profiles.isArray()) {
        result.error = AliyunConfigImporter::tr("The aliyun CLI config has no \"profiles\" list.");
        return result;
    }
    // A ChainableRamRoleArn names the profile whose key it uses: the first entry of each name.
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : profiles.toArray()) {
        const QString name = str(v.toObject(), QLatin1String("name"));
        if (v.isObject() && !name.isEmpty() && !byName.contains(name))
            byName.insert(name, v.toObject());
    }
    QStringList seen;
    int index = 0;
    for (const QJsonValue &v : profiles.toArray()) {
        ++index;
        if (!v.isObject()) {
            result.skipped.append(
                {AliyunConfigImporter::tr("#%1").arg(index), AliyunConfigImporter::tr("not a profile object")});
            continue;
        }
        const QJsonObject o = v.toObject();
        AliyunConfigCandidate c;
        c.name = str(o, QLatin1String("name"));
        c.mode = str(o, QLatin1String("mode"));
        c.region = str(o, QLatin1String("region_id"));
        const QString label = c.name.isEmpty() ? AliyunConfigImporter::tr("#%1").arg(index) : c.name;
        if (c.name.isEmpty()) {
            result.skipped.append({label, AliyunConfigImporter::tr("no name")});
            continue;
        }
        if (seen.contains(c.name)) {
            result.skipped.append({label, AliyunConfigImporter::tr("duplicate name")});
            continue;
        }
        seen << c.name;
        // An empty mode is what old CLI versions wrote for an AccessKey profile.
        if (c.mode.isEmpty())
            c.mode = QStringLiteral("AK");
        const QString problem = readCandidate(o, byName, c);
        if (!problem.isEmpty()) {
            result.skipped.append({label, problem});
            continue;
        }
        result.candidates.append(c);
    }
    return result;
}

QString defaultAliyunConfigPath()
{
    return QDir::home().filePath(QStringLiteral(".aliyun/config.json"));
}

AliyunSecretRemoval removeAliyunSecrets(const QByteArray &bytes, const QStringList &profileNames)
{
    AliyunSecretRemoval out;
    const AliyunConfigParseResult parsed = parseAliyunConfig(bytes);
    if (!parsed.error.isEmpty()) {
        out.error = parsed.error;
        return out;
    }
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    QStringList seen;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QJsonObject o = profiles.at(i).toObject();
        const QString name = str(o, QLatin1String("name"));
        // The first entry of a name is the one parseAliyunConfig() offers for import.
        if (!profiles.at(i).isObject() || seen.contains(name) || !profileNames.contains(name))
            continue;
        seen << name;
        bool held = false;
        for (const QLatin1String key : {QLatin1String("access_key_secret"), QLatin1String("sts_token")}) {
            if (!o.value(key).toString().isEmpty()) {
                o.insert(key, QString());
                held = true;
            }
        }
        if (held) {
            profiles.replace(i, o);
            out.cleared << name;
        }
    }
    root.insert(QLatin1String("profiles"), profiles);
    out.bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return out;
}

bool removeAliyunSecretsFromFile(const QString &path, const QStringList &profileNames, QStringList *cleared,
                                 QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AliyunConfigImporter::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const AliyunSecretRemoval removal = removeAliyunSecrets(file.readAll(), profileNames);
    file.close();
    if (!removal.error.isEmpty()) {
        *error = removal.error;
        return false;
    }
    *cleared = removal.cleared;
    if (removal.cleared.isEmpty())
        return true;
    // ~/.aliyun belongs to the aliyun CLI: its permissions stay as they are; the file becomes 0600.
    QString writeError;
    if (!privatefiles::writeFile(path, removal.bytes, privatefiles::Parent::AsIs, &writeError)) {
        *error = AliyunConfigImporter::tr("cannot write %1: %2").arg(path, writeError);
        return false;
    }
    return true;
}

AliyunConfigImporter::AliyunConfigImporter(ProfileStore *profiles, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_writer(new ProfileWriter(profiles, credentials, this))
{}

void AliyunConfigImporter::start(const QList<AliyunConfigCandidate> &candidates)
{
    m_pending = candidates;
    m_outcomes.clear();
    // Always asynchronous, like the credential store, so callers can connect after start().
    QTimer::singleShot(0, this, &AliyunConfigImporter::next);
}

void AliyunConfigImporter::next()
{
    if (m_pending.isEmpty() || !m_profiles) {
        for (const AliyunConfigCandidate &c : std::as_const(m_pending))
            m_outcomes.append({c.name, false, false, tr("the profile store went away")});
        m_pending.clear();
        Q_EMIT finished(m_outcomes);
        return;
    }
    const AliyunConfigCandidate c = m_pending.takeFirst();
    if (const Profile *existing = m_profiles->findByName(c.name)) {
        if (existing->accessKeyId == c.accessKeyId)
            m_outcomes.append({c.name, false, true, {}});
        else
            m_outcomes.append(
                {c.name, false, false, tr("a profile with this name exists (with another AccessKey ID)")});
        QTimer::singleShot(0, this, &AliyunConfigImporter::next);
        return;
    }
    Profile p;
    p.id = Profile::newId();
    p.name = c.name;
    p.provider = Provider::Aliyun;
    p.kind = c.stsToken.isEmpty() ? Profile::Kind::AccessKey : Profile::Kind::StsToken;
    p.accessKeyId = c.accessKeyId;
    p.roleArn = c.roleArn;
    p.roleSessionName = c.sessionName;
    p.externalId = c.externalId;
    p.durationSeconds = c.durationSeconds;
    if (!c.region.isEmpty())
        p.regions = QStringList{c.region};
    const QString problem = m_profiles->check(p);
    if (!problem.isEmpty()) {
        m_outcomes.append({c.name, false, false, problem});
        QTimer::singleShot(0, this, &AliyunConfigImporter::next);
        return;
    }
    m_writer->add(p, c.secret, c.stsToken, [this, name = p.name](const ApiError &error) {
        m_outcomes.append({name, !error.isError(), false, error.isError() ? error.toDisplayString() : QString()});
        next();
    });
}

} // namespace flowlog
