#include "pendingcreates.h"

#include "jsonfields.h"
#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

namespace flowlog {

namespace {

constexpr int fileVersion = 1;
constexpr int lockWaitMs = 10000;
constexpr int staleLockMs = 30000; // a writer holds the lock for milliseconds; older means its process died
// Entries kept at most (oldest dropped first): a pending create is rare, so this bounds the file, not the use.
constexpr qsizetype maxEntries = 500;

} // namespace

QByteArray canonicalDraft(const FlowLogDraft &d)
{
    // Every field of the request, in the struct's order; a new field of FlowLogDraft must be added here (and the
    // test that changes each field one by one finds it missing).
    QJsonArray tags;
    for (const Tag &t : d.tags)
        tags.append(QJsonArray{t.key, t.value});
    const QJsonArray form{serviceKey(d.service),
                          d.region,
                          d.name,
                          d.description,
                          d.resourceType,
                          d.resourceId,
                          d.trafficType,
                          QJsonArray::fromStringList(d.trafficPaths),
                          d.projectName,
                          d.logStoreName,
                          d.intervalSeconds,
                          d.cenId,
                          d.transitRouterId,
                          d.transitRouterAttachmentId,
                          d.logFormat,
                          d.ecrId,
                          d.instanceId,
                          d.samplingRate,
                          d.dryRun,
                          d.erId,
                          d.logGroupId,
                          d.logStreamId,
                          tags};
    return QJsonDocument(form).toJson(QJsonDocument::Compact);
}

QString pendingCreateKey(const QString &profileId, const FlowLogDraft &draft)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(profileId.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonicalDraft(draft));
    return QString::fromLatin1(hash.result().toHex());
}

QList<PendingCreate> parsePendingCreates(const QByteArray &bytes, bool *ok)
{
    QList<PendingCreate> out;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const bool readable = error.error == QJsonParseError::NoError && doc.isObject() &&
                          doc.object().value(QLatin1StringView("version")).toInt() == fileVersion;
    if (ok)
        *ok = readable || bytes.trimmed().isEmpty();
    if (!readable)
        return out;
    for (const QJsonValue &v : doc.object().value(QLatin1StringView("pending")).toArray()) {
        const QJsonObject o = v.toObject();
        PendingCreate p;
        QString since;
        readStringFields(o, {{QLatin1StringView("key"), &p.key},
                             {QLatin1StringView("clientToken"), &p.clientToken},
                             {QLatin1StringView("profile"), &p.profileName},
                             {QLatin1StringView("service"), &p.service},
                             {QLatin1StringView("region"), &p.region},
                             {QLatin1StringView("name"), &p.name},
                             {QLatin1StringView("since"), &since}});
        p.since = QDateTime::fromString(since, Qt::ISODate);
        if (!p.key.isEmpty() && !p.clientToken.isEmpty())
            out.append(p);
    }
    return out;
}

QByteArray serializePendingCreates(const QList<PendingCreate> &entries)
{
    QJsonArray pending;
    for (const PendingCreate &p : entries)
        pending.append(QJsonObject{{QStringLiteral("key"), p.key},
                                   {QStringLiteral("clientToken"), p.clientToken},
                                   {QStringLiteral("profile"), p.profileName},
                                   {QStringLiteral("service"), p.service},
                                   {QStringLiteral("region"), p.region},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("since"), p.since.toUTC().toString(Qt::ISODate)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), fileVersion}, {QStringLiteral("pending"), pending}})
        .toJson(QJsonDocument::Indented);
}

PendingCreates::PendingCreates(QString path)
    : m_path(std::move(path))
{}

QString PendingCreates::defaultPath()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("flowlog/pending-creates.json"));
}

PendingCreates::Begun PendingCreates::begin(const QString &profileId, const QString &profileName,
                                            const FlowLogDraft &draft, const QString &proposed, bool replace)
{
    const QString key = pendingCreateKey(profileId, draft);
    Begun begun;
    begun.error = change([&](QList<PendingCreate> &entries) {
        for (PendingCreate &p : entries) {
            if (p.key != key)
                continue;
            if (replace && !proposed.isEmpty() && proposed != p.clientToken) {
                p.clientToken = proposed;
                p.since = QDateTime::currentDateTimeUtc();
            } else {
                begun.reused = true;
                begun.since = p.since;
            }
            begun.clientToken = p.clientToken;
            return;
        }
        PendingCreate p;
        p.key = key;
        p.clientToken = proposed.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : proposed;
        p.profileName = profileName;
        p.service = serviceKey(draft.service);
        p.region = draft.region;
        p.name = draft.name;
        p.since = QDateTime::currentDateTimeUtc();
        begun.clientToken = p.clientToken;
        entries.append(p);
        while (entries.size() > maxEntries)
            entries.removeFirst();
    });
    return begun;
}

QString PendingCreates::resolve(const QString &profileId, const FlowLogDraft &draft)
{
    const QString key = pendingCreateKey(profileId, draft);
    return change([&key](QList<PendingCreate> &entries) {
        entries.removeIf([&key](const PendingCreate &p) { return p.key == key; });
    });
}

QString PendingCreates::settle(const QString &profileId, const FlowLogDraft &draft, bool fresh, const ApiError &error)
{
    const bool refused =
        (error.kind == ApiError::Kind::Provider || error.kind == ApiError::Kind::Http) && !error.maybeCommitted;
    const bool known = !error.isError() || refused;
    if (!known && (error.maybeCommitted || !fresh))
        return {};
    return resolve(profileId, draft);
}

QList<PendingCreate> PendingCreates::entries() const
{
    if (m_path.isEmpty())
        return m_memory;
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? parsePendingCreates(file.readAll()) : QList<PendingCreate>{};
}

QString PendingCreates::change(const Change &apply)
{
    if (m_path.isEmpty()) {
        apply(m_memory);
        return {};
    }
    // Whatever goes wrong with the file, the change is still applied to what was read, so the caller gets a
    // usable token; the error says the record could not be kept.
    QString error;
    QList<PendingCreate> entries;
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!privatefiles::ensurePrivateDir(dir, &error)) {
        apply(entries);
        return tr("Cannot keep the pending create in %1: %2.").arg(m_path, error);
    }
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(lockWaitMs)) {
        apply(entries);
        return tr("Cannot keep the pending create: %1 stays locked by another flowlog program.").arg(m_path);
    }
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        bool ok = true;
        entries = parsePendingCreates(file.readAll(), &ok);
        file.close();
        if (!ok) {
            // Keep a damaged file for a person to look at, rather than overwriting what it may still tell.
            QFile::remove(m_path + QStringLiteral(".damaged"));
            QFile::rename(m_path, m_path + QStringLiteral(".damaged"));
        }
    }
    const QList<PendingCreate> before = entries;
    apply(entries);
    if (entries.size() == before.size() && std::equal(entries.cbegin(), entries.cend(), before.cbegin(),
                                                      [](const PendingCreate &a, const PendingCreate &b) {
                                                          return a.key == b.key && a.clientToken == b.clientToken;
                                                      }))
        return {};
    if (!privatefiles::writeFile(m_path, serializePendingCreates(entries), privatefiles::Parent::Private, &error))
        return tr("Cannot keep the pending create in %1: %2.").arg(m_path, error);
    return {};
}

QString unknownOutcomeHint(const QString &clientToken)
{
    if (clientToken.isEmpty())
        return PendingCreates::tr("Its outcome is unknown and this call has no client token: check the next listing "
                                  "before sending it again, or it may be carried out twice.");
    return PendingCreates::tr("The flow log may have been created: the next listing will show it. Sending the same "
                              "draft again reuses client token %1, so the service will not create it twice.")
        .arg(clientToken);
}

} // namespace flowlog
