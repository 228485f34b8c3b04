#pragma once

#include "apierror.h"
#include "flowlogdraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace flowlog {

// The canonical form of a draft: every field that goes into the create request (service, region, name, ...,
// traffic paths and tags in order, dry run), in one fixed order, and nothing else (no client token). Two drafts
// send the same request exactly when their canonical forms are equal, so FlowLogDraft::sameRequestAs() and the
// pending-create key below agree by construction.
[[nodiscard]] QByteArray canonicalDraft(const FlowLogDraft &draft);

// The key of one create request: the profile (by id, so a rename keeps it) and the canonical draft, hashed.
[[nodiscard]] QString pendingCreateKey(const QString &profileId, const FlowLogDraft &draft);

// A create whose outcome is unknown: its request went out (or was about to) and no answer said what became of it.
struct PendingCreate
{
    QString key;         // pendingCreateKey()
    QString clientToken; // sent with every attempt of this request, in every process, until the outcome is known
    QString profileName; // the rest tells a person reading the file what it is about
    QString service;
    QString region;
    QString name;
    QDateTime since; // UTC, the first attempt
};

// Parses the state file. Pure: never reads files, never throws; unreadable entries are dropped. Safe to fuzz.
[[nodiscard]] QList<PendingCreate> parsePendingCreates(const QByteArray &bytes, bool *ok = nullptr);
[[nodiscard]] QByteArray serializePendingCreates(const QList<PendingCreate> &entries);

// Pending creates with their client tokens, so a create is never duplicated, across runs too: the CLI and the
// console record a request before it is sent and drop it once the outcome is known (created, or a definite
// refusal), and a request sent again - a rerun of the same command, the same draft in a reopened dialog or after a
// restart - reuses the recorded token, which the provider uses to make the create idempotent.
// The file ($XDG_STATE_HOME/flowlog/pending-creates.json) is 0600 in a 0700 directory and holds no secret; every
// change locks it (QLockFile beside it) and reads it afresh, so concurrent processes never lose each other's
// entries. With an empty path the store lives in memory (sandbox sessions).
class PendingCreates final
{
    Q_DECLARE_TR_FUNCTIONS(PendingCreates)

public:
    explicit PendingCreates(QString path = {});

    // $XDG_STATE_HOME/flowlog/pending-creates.json, ~/.local/state/... when XDG_STATE_HOME is unset.
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString &path() const { return m_path; }

    struct Begun
    {
        QString clientToken;
        bool reused = false; // the token of an earlier attempt whose outcome is unknown
        QDateTime since;     // when reused: that attempt's time
        QString error;       // the file could not be read or written (the token is still usable)
    };
    // The token to send the request with: the recorded one when this request is pending, else `proposed` (or a
    // new one when empty), recorded now. `replace` (a token the user gave) replaces a recorded one.
    [[nodiscard]] Begun begin(const QString &profileId, const QString &profileName, const FlowLogDraft &draft,
                              const QString &proposed = {}, bool replace = false);
    // The outcome is known: forget the request. Returns the error of the file write, or empty.
    QString resolve(const QString &profileId, const FlowLogDraft &draft);
    // After an attempt (error: its result, kind None when created): resolve()s the request when its outcome is
    // known - created, or refused by the provider without committing - or when nothing can have reached the
    // provider and no earlier attempt is pending (fresh: begin() recorded it, reused nothing). A lost answer, or a
    // failure before sending while an earlier attempt is pending, keeps it. Returns the file's error, or empty.
    QString settle(const QString &profileId, const FlowLogDraft &draft, bool fresh, const ApiError &error);

    [[nodiscard]] QList<PendingCreate> entries() const;

private:
    using Change = std::function<void(QList<PendingCreate> &)>;
    QString change(const Change &apply); // returns the file's error, or empty

    QString m_path;
    QList<PendingCreate> m_memory; // used when m_path is empty
};

// What to tell the user when a call's outcome is unknown. clientToken: the token the call carried; empty when the
// operation has none (VPC lifecycle calls, for one), and then the text tells to check the listing before sending it
// again instead of promising that a retry is safe.
[[nodiscard]] QString unknownOutcomeHint(const QString &clientToken);

} // namespace flowlog
