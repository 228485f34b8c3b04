#pragma once

#include "apierror.h"
#include "credentials.h"
#include "credentialsource.h"
#include "identity.h"
#include "retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace flowlog {

class AssumeJob;
class BrokeredCredentials;
class NetworkPool;
class RequestGate;
struct AssumeResult;

// Turns identities into credentials, in memory only. One per sweep owner (Inventory, the CLI).
//
// An identity without hops gets the profile's own key, read from the credential store through the reader it was
// handed (the broker never keeps it: concurrent reads of one profile share one store read, then it is gone). Each
// hop assumes a role (STS AssumeRole) or an agency (IAM security-token call) with the credentials of the identity
// one hop shorter. Temporary credentials are cached per identity (Identity::key()) and reused until shortly
// before they expire (refreshMarginMs before; relative to their lifetime, so 2-second credentials work too). One
// assume call per identity runs at a time however many callers wait (single flight).
//
// acquire() gives a snapshot; acquireSource() a live source for request plans: every attempt reads the current
// credentials, an attempt past the refresh point starts a renewal in the background (the request still goes out
// with the valid credentials it has), and a request refused as expired renews and retries once (RequestExecutor).
// With a request gate (a sweep's), every assume call waits for a slot of the account whose credentials sign it
// (a member's hop: the management account, as a provider counts it), ranked ahead of discovery, so the sweep's
// per-account limit holds for identity calls too (issue 19). A renewal after a refusal is the exception: the
// requests refused hold their slots while they wait for it, so it goes at once (queued behind them, it could
// wait forever).
// Nothing here writes anything anywhere: no settings, no logs (a failure's provider text is redacted by ApiError).
class CredentialBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialBroker)

public:
    using Done = std::function<void(const Credentials &credentials, const ApiError &error)>;
    using SourceDone = std::function<void(const CredentialRef &credentials, const ApiError &error)>;
    // The network access manager for the calls of a profile's identities.
    using NamProvider = std::function<QNetworkAccessManager *(const QString &profileId)>;

    CredentialBroker(CredentialReader readBase, NamProvider nams, RetryPolicy policy = {}, QObject *parent = nullptr);
    ~CredentialBroker() override;

    // done(credentials, error) exactly once, later (never inside the call), on context's thread, and not at all
    // when context is destroyed first. On failure the error is the provider's (code, message, request id) and its
    // hint names the hop that failed and the profile, e.g. a member whose role cannot be assumed.
    void acquire(const Identity &identity, QObject *context, Done done);
    // The same, as a source that stays current (see above). A failed acquisition gives an error and a source
    // holding empty credentials.
    void acquireSource(const Identity &identity, QObject *context, SourceDone done);

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // For the calls started from now on: the gate they wait in (null: none; it must outlive their requests) and
    // the pool of managers they go through (null: the profile's manager).
    void setRequestGate(RequestGate *gate);
    void setNetworkPool(NetworkPool *pool);
    // Forgets every temporary credential (e.g. when profiles change).
    void clear();
    // Cancels the assume calls still waiting for a slot (a sweep being cancelled): their waiters get an error.
    void abortWaiting();

    // Assume calls started since construction, and their HTTP attempts (retries included; for tests and
    // measurements).
    [[nodiscard]] int assumeCalls() const { return m_assumeCalls; }
    [[nodiscard]] int assumeRequests() const { return m_assumeRequests; }
    // How long before expiry credentials of this lifetime are renewed: a quarter of it, at most 5 minutes.
    [[nodiscard]] static qint64 refreshMarginMs(qint64 lifetimeMs);

private:
    friend class BrokeredCredentials;
    using Waiter = std::function<void(const ApiError &error)>;
    struct Entry
    {
        std::shared_ptr<BrokeredCredentials> source;
        QList<std::pair<QPointer<QObject>, Waiter>> waiters;
        QPointer<AssumeJob> job; // the assume call in flight
        bool fetching = false;   // a store read or an assume call is under way for it
        bool urgent = false;     // a refused request waits for it: never queued in the gate
    };

    [[nodiscard]] std::shared_ptr<BrokeredCredentials> sourceFor(const Identity &identity);
    // Makes sure the identity (with hops) has fresh credentials, then calls done on context. urgent: requests
    // holding slots wait for it (a renewal after a refusal), so its calls skip the gate.
    void ensureFresh(const Identity &identity, QObject *context, Waiter done, bool force, bool urgent = false);
    void fetch(const QString &key, bool urgent);
    void assume(const QString &key, const CredentialRef &parent);
    void onAssumed(const QString &key, const AssumeResult &result);
    void settle(const QString &key, const ApiError &error);
    // A profile's own key: one store read per profile at a time, shared by every caller waiting for it.
    void readBase(const Identity &identity, QObject *context, Done done);
    // Called by a source: renew after a refusal, or in the background past the refresh point.
    void renew(const QString &key, const QString &refusedKeyId, QObject *context, Waiter done);
    void refreshInBackground(const QString &key);

    CredentialReader m_readBase;
    NamProvider m_nams;
    RetryPolicy m_policy;
    QPointer<RequestGate> m_gate;
    QPointer<NetworkPool> m_networkPool;
    QHash<QString, Entry> m_entries; // Identity::key() -> temporary credentials (hops only)
    QHash<QString, QList<std::pair<QPointer<QObject>, Done>>> m_baseReads; // profile id -> callers waiting
    int m_assumeCalls = 0;
    int m_assumeRequests = 0;
};

} // namespace flowlog
