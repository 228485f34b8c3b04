#pragma once

#include "credentialsource.h"
#include "listengine.h"
#include "profile.h"
#include "requestgate.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QNetworkAccessManager;
class QThreadPool;

namespace flowlog {

class CredentialBroker;

// What went wrong while finding what an account holds, and what the sweep covers instead.
struct DiscoveryFailure
{
    enum class Step
    {
        Members,   // the organisation's accounts (Resource Directory / Organizations ListAccounts)
        Access,    // reaching a member: its role or agency could not be assumed
        Regions,   // VPC DescribeRegions / IAM KeystoneListProjects
        Instances, // ECR DescribeExpressConnectRouter / ER ListEnterpriseRouters (of one region)
    };
    Step step = Step::Regions;
    QString region; // Instances of one region (ER): that region
    ApiError error;
    QString fallback; // translated: what the sweep covers instead ("the configured regions: ...")

    // "Listing regions failed: <error>. Using the configured regions: a, b." (translated, one line)
    [[nodiscard]] QString toDisplayString() const;
};

// One ER router found in a project.
struct DiscoveredRouter
{
    QString region;
    QString projectId;
    QString id;
};

// One account a sweep covers, with what discovery found in it (or the configured fallback, said in failures).
struct DiscoveredAccount
{
    QString profileId;
    QString profileName;
    Provider provider = Provider::Aliyun;
    QUrl endpoint;             // the profile's endpoint override
    QString accountId;         // members: their id; a profile's own account: empty
    QString ownId;             // a profile's own account id when discovery saw it (Huawei: its projects' domain_id;
                               // Alibaba: an ECR instance's OwnerId, or its organisation's entry)
    QString displayName;       // members: the name their organisation gives them
    QString organization;      // members: the organisation profile's name
    CredentialRef credentials; // memory only: what the sweep signs this account's requests with
    bool reachable = true;     // false: the account could not be reached (Access failure); nothing is listed

    QStringList regions;               // discovered (within the profile's typed regions), else the fallback
    QMap<QString, QString> projectIds; // Huawei: region -> the region's project id
    QStringList ecrIds;                // Alibaba: ECR instances
    QList<DiscoveredRouter> routers;   // Huawei: ER instances, per project
    QList<DiscoveryFailure> failures;
    QStringList notFound; // translated: typed restrictions the account does not have ("region eu-west-9")

    // The Account column: "display name (id)" for a member, else the profile's name.
    [[nodiscard]] QString label() const;
    // The account id: a member's, else ownId (may be empty).
    [[nodiscard]] QString id() const { return accountId.isEmpty() ? ownId : accountId; }
    // Unique in a sweep: the profile id, and the member's id after '~' (SourceId's account part).
    [[nodiscard]] QString key() const { return keyOf(profileId, accountId); }
    [[nodiscard]] static QString keyOf(const QString &profileId, const QString &accountId);
};

// Finds the accounts, regions and instances a sweep covers (issue 16), one account at a time and all at once. An
// organisation profile expands into its members (Resource Directory / Organizations ListAccounts with the management
// key; the management account itself, told apart by STS GetCallerIdentity or its projects' domain, is swept with
// its own credentials), each reached through the broker with one hop into its member role or agency; a member
// that cannot be reached is an account with an Access failure and nothing listed. Then, per account:
// an Alibaba account's regions (VPC DescribeRegions) and ECR instances (DescribeExpressConnectRouter), a Huawei
// account's projects (IAM KeystoneListProjects: one per region, sub-projects included, MOS skipped) and each
// project's ER instances (ListEnterpriseRouters). Typed regions and ids restrict what is found; a typed one that
// is not there is named in notFound. A failed step is a DiscoveryFailure of its account, and the account falls back
// to what its profile configures (typed regions, else the provider's default regions; typed ids), saying so.
// Requests pass the sweep's gate ranked ahead of every listing (RequestGate::discoveryRank; a Huawei account's
// projects, whose answer starts more discovery, ahead of that, chainedDiscoveryRank; an organisation's member
// listing ahead of the members' identity calls, organisationRank, and those ahead of discovery). finished() fires once
// after start(), with every account, also after abort().
class Discovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discovery)

public:
    using NamProvider = std::function<QNetworkAccessManager *(const Profile &)>;
    struct Input
    {
        Profile profile;
        CredentialRef credentials; // the profile's own identity's (its key, or its role's or agency's)
    };

    // broker: reaches organisation members (not owned; must outlive the discovery's runs).
    Discovery(NamProvider nams, CredentialBroker *broker, RequestGate *gate, QThreadPool *parsePool,
              const RetryPolicy &policy, QObject *parent = nullptr);
    ~Discovery() override;

    // services: the services the sweep lists (instances are found only for those); empty means all.
    void start(const QList<Input> &inputs, const QSet<Service> &services = {});
    void abort();
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    // Managers for the discovery requests (networkpool.h); without one, each profile's own.
    void setNetworkPool(NetworkPool *pool) { m_networkPool = pool; }
    // false: an organisation's member listing ranks as discovery (before issue 19's session 6; the benchmark).
    // false also lists the members only after the management account's own id is known and reaches them once
    // every page is in.
    void setOrganisationFirst(bool first)
    {
        m_organisationFirst = first;
        m_organisationRank = first ? RequestGate::organisationRank : RequestGate::discoveryRank;
    }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] int requestCount() const { return m_requests; }

    // Accounts whose steps are not all done (while running; for a caller that stops waiting).
    [[nodiscard]] QList<int> unfinishedAccounts() const;
    // The profile an account belongs to (a member: a copy of its organisation's, without its ids).
    [[nodiscard]] const Profile &profileOf(int index) const { return m_profiles.at(index); }

    // The accounts of the last run, in the order of the inputs.
    [[nodiscard]] const QList<DiscoveredAccount> &accounts() const { return m_accounts; }

Q_SIGNALS:
    // Every step of account `index` (accounts()) is done: its regions and instances are known. Members of an
    // organisation become accounts (and ready) as they are reached.
    void accountReady(int index);
    void finished();

private:
    using Rows = QList<Resource>;
    using Done = std::function<void(const Rows &rows, const ApiError &error)>;
    void discoverAccount(int account);
    // An organisation: its accounts, and who the management key is (at once, side by side), then each member
    // through the broker, page by page.
    void listMembers(int management);
    // The management account's own id is known (or cannot be): the members listed so far are reached.
    void ownIdKnown(int management);
    void addMembers(int management, const Rows &rows);
    void addMember(int management, const Resource &member);
    void discoverAliyun(int account, const Profile &profile);
    void discoverHuawei(int account, const Profile &profile);
    void onProjects(int account, const Profile &profile, const Rows &projects, const ApiError &error);
    // Lists with a discovery row for an account; done(rows, error) once, later. rankBase: the gate's phase (an
    // organisation's member listing goes ahead of the identity calls it leads to, those ahead of discovery).
    // onPage: each accepted page's rows as it arrives (before done).
    template<typename Operation>
    void list(const Operation &op, int account, SourceSpec target, Done done, int rankBase = RequestGate::discoveryRank,
              const std::function<void(const Rows &page)> &onPage = {});
    // Adds the queued members of an organisation for at most the gate's turn budget, then continues from a queued
    // call (each member costs an identity call's job and a gate entry: a page of 100 members was a 2-5 ms event).
    void expandMembers(int management);
    void stepDone(int account);
    void finishAccount(int account); // once an account's steps are done: what typed ids it lacks
    void checkFinished();

    NamProvider m_nams;
    QPointer<CredentialBroker> m_broker;
    QPointer<RequestGate> m_gate;
    QThreadPool *m_parsePool;
    QPointer<NetworkPool> m_networkPool;
    RetryPolicy m_policy;
    // An organisation's member listing while it runs (by management account).
    struct Organisation
    {
        bool ownIdKnown = false;
        int listed = 0;                     // accounts its pages listed so far
        QList<Resource> held;               // listed before the management account's own id was known
        std::function<void()> startListing; // set while the listing waits for the own id (the schedule before)
        QList<Resource> queued;             // listed members not added yet (expandMembers)
        bool expanding = false;             // an expandMembers() pass is due: one pending step of the management
    };
    QList<DiscoveredAccount> m_accounts;
    QHash<int, Organisation> m_organisations;
    QList<Profile> m_profiles; // per account, for its nam and typed restrictions
    QList<int> m_pendingSteps; // per account
    QList<QPointer<ListEngine>> m_jobs;
    QSet<Service> m_services;
    int m_requests = 0;
    int m_organisationRank = RequestGate::organisationRank;
    bool m_organisationFirst = true;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace flowlog
