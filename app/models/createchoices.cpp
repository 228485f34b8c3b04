#include "createchoices.h"

#include "aliyundiscovery.h"
#include "aliyuninventory.h"
#include "createtarget.h"
#include "huaweidiscovery.h"
#include "huaweiinventory.h"
#include "jobbinding.h"
#include "profileidentity.h"

#include <memory>

namespace flowlog {

CreateChoices::CreateChoices(ProfileStore *profiles, CredentialStore *credentials, Inventory::NamProvider nams,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentialStore(credentials)
    , m_nams(std::move(nams))
{}

CreateChoices::~CreateChoices() = default;

QString CreateChoices::keyOf(const QString &profileId, ChoiceKind kind, const QString &region,
                             const QString &instanceId)
{
    return QStringLiteral("%1|%2|%3|%4").arg(profileId).arg(static_cast<int>(kind)).arg(region, instanceId);
}

const ChoiceList &CreateChoices::request(const Profile &profile, ChoiceKind kind, const QString &region,
                                         const QString &instanceId)
{
    const QString key = keyOf(profile.id, kind, region, instanceId);
    if (const auto it = m_lists.constFind(key); it != m_lists.cend())
        return *it;
    ++m_started;
    const ChoiceList &entry = *m_lists.insert(key, ChoiceList{});
    withCredentials(
        profile, [this, key, profile, kind, region, instanceId](const Credentials &credentials, const ApiError &error) {
            if (error.isError())
                finish(key, error);
            else
                list(key, profile, kind, region, instanceId, credentials);
        });
    return entry;
}

void CreateChoices::withCredentials(const Profile &profile, Start start)
{
    if (const auto it = m_credentials.constFind(profile.id); it != m_credentials.cend()) {
        start(*it, {});
        return;
    }
    QList<Start> &waiting = m_waiting[profile.id];
    waiting.append(std::move(start));
    if (waiting.size() > 1)
        return; // a read is under way
    readProfileCredentials(profile, m_profiles, m_credentialStore, m_nams ? m_nams(profile) : nullptr, this,
                           [this, id = profile.id](const Credentials &credentials, const ApiError &error) {
                               if (!error.isError())
                                   m_credentials.insert(id, credentials);
                               const QList<Start> starts = m_waiting.take(id);
                               for (const Start &s : starts)
                                   s(credentials, error);
                           });
}

void CreateChoices::list(const QString &key, const Profile &profile, ChoiceKind kind, const QString &region,
                         const QString &instanceId, const Credentials &credentials)
{
    SourceSpec source = profileSource(profile);
    source.region = region;
    source.instanceId = instanceId;
    QNetworkAccessManager *nam = m_nams ? m_nams(profile) : nullptr;
    const auto run = [&](const auto &op, Service service) {
        source.service = service;
        ResourceListJob *job = bindResourceListJob(op, source, CredentialRef(credentials), nam, RetryPolicy{}, this);
        ++m_pendingJobs[key];
        job->setSink([this, key](const QList<Resource> &rows) { m_lists[key].rows.append(rows); });
        connect(job, &ListEngine::finished, this, [this, key, job](const ListResult &result) {
            job->deleteLater();
            finish(key, result.error);
        });
        job->start();
    };
    switch (kind) {
    case ChoiceKind::Vpcs:
        run(aliyun::vpcDescribeVpcs, Service::Vpc);
        return;
    case ChoiceKind::VSwitches:
        run(aliyun::vpcDescribeVSwitches, Service::Vpc);
        return;
    case ChoiceKind::TransitRouters:
        run(aliyun::cenListTransitRouters, Service::Cen);
        return;
    case ChoiceKind::TrAttachments:
        run(aliyun::cenListTransitRouterVpcAttachments, Service::Cen);
        run(aliyun::cenListTransitRouterVbrAttachments, Service::Cen);
        return;
    case ChoiceKind::EcrInstances:
        source.region = traits(Service::Ecr).homeRegion;
        run(aliyun::ecrDescribeExpressConnectRouter, Service::Ecr);
        return;
    case ChoiceKind::Vbrs:
        source.region = traits(Service::Ecr).homeRegion;
        run(aliyun::ecrDescribeChildInstances, Service::Ecr);
        return;
    case ChoiceKind::ErRouters:
    case ChoiceKind::ErAttachments:
        break;
    }
    // ER lists are of a project: the profile's for the region, else the one IAM names after the region.
    if (const QString projectId = profile.projectIds.value(region); !projectId.isEmpty()) {
        source.projectId = projectId;
        if (kind == ChoiceKind::ErRouters)
            run(huawei::erListEnterpriseRouters, Service::Er);
        else
            run(huawei::erListAttachments, Service::Er);
        return;
    }
    ResourceListJob *job = bindResourceListJob(huawei::iamListProjects, profileSource(profile),
                                               CredentialRef(credentials), nam, RetryPolicy{}, this);
    auto found = std::make_shared<QString>();
    ++m_pendingJobs[key];
    job->setSink([found, region](const QList<Resource> &rows) {
        for (const Resource &p : rows) {
            if (p.name == region)
                *found = p.id;
        }
    });
    connect(job, &ListEngine::finished, this,
            [this, key, job, found, profile, kind, region, instanceId, credentials](const ListResult &result) {
                job->deleteLater();
                if (result.error.isError()) {
                    finish(key, result.error);
                    return;
                }
                if (found->isEmpty()) {
                    ApiError e;
                    e.kind = ApiError::Kind::Configuration;
                    e.message = tr("The account has no project in %1.").arg(region);
                    finish(key, e);
                    return;
                }
                --m_pendingJobs[key]; // the lookup is done; the listing counts itself
                Profile withProject = profile;
                withProject.projectIds.insert(region, *found);
                list(key, withProject, kind, region, instanceId, credentials);
            });
    job->start();
}

void CreateChoices::finish(const QString &key, const ApiError &error)
{
    ChoiceList &entry = m_lists[key];
    if (error.isError() && entry.state != ChoiceList::State::Failed) {
        entry.state = ChoiceList::State::Failed;
        entry.error = error;
    }
    int &pending = m_pendingJobs[key];
    if (pending > 0)
        --pending;
    if (pending > 0)
        return;
    m_pendingJobs.remove(key);
    if (entry.state == ChoiceList::State::Loading)
        entry.state = ChoiceList::State::Ready;
    Q_EMIT updated(key);
}

} // namespace flowlog
