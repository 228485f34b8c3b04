#pragma once

#include "apierror.h"
#include "credentials.h"
#include "credentialstore.h"
#include "inventory.h"
#include "listpage.h"
#include "profilestore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

namespace flowlog {

// A list of what an account has that a create field names (issue 20, item 3), from the discovery and inventory rows.
enum class ChoiceKind
{
    Vpcs,           // VPC DescribeVpcs in the region
    VSwitches,      // VPC DescribeVSwitches in the region
    TransitRouters, // CEN ListTransitRouters in the region (their parent ids are the CEN ids)
    TrAttachments,  // CEN ListTransitRouterVpcAttachments and ListTransitRouterVbrAttachments in the region
    EcrInstances,   // ECR DescribeExpressConnectRouter
    Vbrs,           // ECR DescribeExpressConnectRouterChildInstance of one ECR instance
    ErRouters,      // ER ListEnterpriseRouters in the region's project
    ErAttachments,  // ER ListAttachments of one router
};

// One list: under way, listed, or failed (with the provider's or the keychain's error).
struct ChoiceList
{
    enum class State
    {
        Loading,
        Ready,
        Failed
    };
    State state = State::Loading;
    QList<Resource> rows;
    ApiError error;
};

// Lists, on demand and asynchronously, what the create dialog offers to pick: an account's VPCs, vSwitches, transit
// routers and attachments, ECR instances and their VBRs, ER routers and their attachments, in one region (or of one
// instance). Each list is fetched once per (profile, kind, region, instance) for the life of the object; the
// profile's secret (or its role's or agency's credentials) is read once per profile and kept in memory only.
// updated(key) fires once per list when it is ready or failed.
class CreateChoices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateChoices)

public:
    CreateChoices(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                  QObject *parent = nullptr);
    ~CreateChoices() override;

    // The list as it is now; starts listing it unless listed or under way (instanceId: the ECR instance or router a
    // list of VBRs or ER attachments is of).
    const ChoiceList &request(const Profile &profile, ChoiceKind kind, const QString &region,
                              const QString &instanceId = {});
    [[nodiscard]] static QString keyOf(const QString &profileId, ChoiceKind kind, const QString &region,
                                       const QString &instanceId);
    // The number of lists requested so far (cached answers are not counted again).
    [[nodiscard]] int listsStarted() const { return m_started; }

Q_SIGNALS:
    void updated(const QString &key);

private:
    using Start = std::function<void(const Credentials &credentials, const ApiError &error)>;
    void withCredentials(const Profile &profile, Start start);
    void list(const QString &key, const Profile &profile, ChoiceKind kind, const QString &region,
              const QString &instanceId, const Credentials &credentials);
    void finish(const QString &key, const ApiError &error);

    ProfileStore *m_profiles;
    CredentialStore *m_credentialStore;
    Inventory::NamProvider m_nams;
    QHash<QString, ChoiceList> m_lists;
    QHash<QString, int> m_pendingJobs;         // list key -> jobs still running
    QHash<QString, Credentials> m_credentials; // profile id -> what its requests sign with (memory only)
    QHash<QString, QList<Start>> m_waiting;    // profile id -> lists waiting for its credentials
    int m_started = 0;
};

} // namespace flowlog
