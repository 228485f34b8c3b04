#include "coverageenable.h"

#include "jobfactory.h"
#include "pendingcreates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace flowlog {

namespace {

using namespace Qt::StringLiterals;

QString fill(QString text, const CoverageRecord &r)
{
    text.replace(u"${account}"_s, r.source.account());
    text.replace(u"${accountId}"_s, r.accountId);
    text.replace(u"${region}"_s, r.region);
    text.replace(u"${service}"_s, serviceKey(r.service));
    text.replace(u"${resource}"_s, r.resourceId);
    return text;
}

// The key PendingCreates keeps a member's requests under: the profile, and the member it reaches.
QString pendingKey(const SourceSpec &s)
{
    return s.accountId.isEmpty() ? s.profileId : s.profileId + QLatin1Char('~') + s.accountId;
}

} // namespace

CoverageTemplate parseCoverageTemplate(const QByteArray &json, const QString &name)
{
    CoverageTemplate t;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        t.error = CoverageEnabler::tr("The template %1 is not a JSON object.").arg(name);
        return t;
    }
    t.root = doc.object();
    static const QStringList sections = {u"tags"_s, u"vpc"_s, u"cen"_s, u"ecr"_s, u"er"_s};
    for (auto it = t.root.constBegin(); it != t.root.constEnd(); ++it) {
        bool strings = it.value().isObject() && sections.contains(it.key());
        for (const QJsonValue &v : it.value().toObject())
            strings = strings && v.isString();
        if (!strings) {
            t.error =
                CoverageEnabler::tr("The template's \"%1\" must be an object of strings (tags, vpc, cen, ecr, er).")
                    .arg(it.key());
            t.root = {};
            return t;
        }
    }
    return t;
}

CoverageTemplate readCoverageTemplate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CoverageTemplate t;
        t.error = CoverageEnabler::tr("Cannot read the template %1: %2").arg(path, f.errorString());
        return t;
    }
    return parseCoverageTemplate(f.read(1 << 20), path);
}

FlowLogDraft coverageDraftFor(const CoverageRecord &r, const QJsonObject &root)
{
    const QJsonObject t = root.value(serviceKey(r.service)).toObject();
    const auto value = [&t, &r](const char *key) { return fill(t.value(QLatin1StringView(key)).toString(), r); };
    FlowLogDraft d;
    d.service = r.service;
    d.region = r.source.region;
    // A name the template may set; every service takes this one (ER requires a name).
    d.name = t.contains("flowLogName"_L1) ? value("flowLogName") : fill(u"coverage-${service}-${resource}"_s, r);
    d.description = value("description");
    if (createFieldApplies(r.service, fields::Tags)) { // ER flow logs take no tags
        const QJsonObject tags = root.value("tags"_L1).toObject();
        for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
            d.tags.append({fill(it.key(), r), fill(it.value().toString(), r)});
    }
    const QString interval = value("interval");
    d.intervalSeconds = interval.isEmpty() ? 0 : parseIntervalSeconds(interval);
    switch (r.service) {
    case Service::Vpc:
        d.resourceType = QString::fromLatin1(coverage::types::vpc);
        d.resourceId = r.resourceId;
        d.trafficType = value("trafficType");
        break;
    case Service::Cen:
        d.cenId = r.groupIds.value(1);
        d.transitRouterId = r.groupIds.value(0);
        d.transitRouterAttachmentId = r.resourceId;
        break;
    case Service::Ecr:
        d.ecrId = r.source.instanceId;
        d.instanceId = r.resourceId;
        break;
    case Service::Er:
        d.erId = r.source.instanceId;
        d.resourceType = QString::fromLatin1(coverage::types::erAttachment);
        d.resourceId = r.resourceId;
        d.logGroupId = value("logGroupId");
        d.logStreamId = value("logStreamId");
        break;
    }
    if (r.service != Service::Er) {
        d.projectName = value("projectName");
        d.logStoreName = value("logStoreName");
    }
    return d;
}

QList<CoverageDraft> coverageDrafts(const QList<CoverageRecord> &records, const QJsonObject &templateRoot,
                                    int *settling)
{
    QList<CoverageDraft> out;
    int comingUp = 0;
    for (const CoverageRecord &r : records) {
        if (r.state != coverage::State::Uncovered)
            continue;
        if (r.comingUp) {
            ++comingUp;
            continue;
        }
        CoverageDraft d{r, coverageDraftFor(r, templateRoot), {}};
        d.violations = validateDraft(d.draft);
        out.append(d);
    }
    if (settling)
        *settling = comingUp;
    return out;
}

CoverageEnabler::CoverageEnabler(const CoverageSweep *sweep, ProfileStore *profiles, Inventory::NamProvider nams,
                                 PendingCreates *pending, QObject *parent)
    : QObject(parent)
    , m_sweep(sweep)
    , m_profiles(profiles)
    , m_nams(std::move(nams))
    , m_pending(pending)
{}

CoverageEnabler::~CoverageEnabler() = default;

void CoverageEnabler::start(const QList<CoverageDraft> &drafts)
{
    m_items.clear();
    for (const CoverageDraft &d : drafts)
        m_items.append({d, true});
    m_next = 0;
    m_running = 0;
    m_failures = 0;
    pump();
}

void CoverageEnabler::pump()
{
    constexpr int maxInFlight = 8;
    while (m_running < maxInFlight && m_next < m_items.size()) {
        const int index = static_cast<int>(m_next++);
        Item &item = m_items[index];
        const SourceSpec &target = item.draft.record.source;
        const PendingCreates::Begun begun =
            m_pending->begin(pendingKey(target), target.profileName, item.draft.draft, {}, false);
        item.draft.draft.clientToken = begun.clientToken;
        item.fresh = !begun.reused;
        const Profile *profile = m_profiles->findById(target.profileId);
        Q_EMIT itemStarted(index);
        CreateJob *job = makeCreateJob(target, item.draft.draft, m_sweep->credentialsFor(target.id()),
                                       profile ? m_nams(*profile) : nullptr, RetryPolicy{}, this);
        if (!job) {
            ++m_failures;
            CreateResult r;
            r.error.kind = ApiError::Kind::Configuration;
            r.error.message = tr("Creating %1 flow logs is not available.").arg(serviceDisplayName(target.service));
            Q_EMIT itemFinished(index, r, {});
            continue;
        }
        ++m_running;
        connect(job, &CreateJob::finished, this, [this, job, index](const CreateResult &r) {
            job->deleteLater();
            const Item &done = m_items.at(index);
            const QString note =
                m_pending->settle(pendingKey(done.draft.record.source), done.draft.draft, done.fresh, r.error);
            --m_running;
            if (r.error.isError())
                ++m_failures;
            Q_EMIT itemFinished(index, r, note);
            pump();
        });
        job->start();
    }
    if (m_running == 0 && m_next >= m_items.size())
        Q_EMIT finished(m_failures);
}

} // namespace flowlog
