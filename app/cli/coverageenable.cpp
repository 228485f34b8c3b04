// flowlog-cli coverage --enable --template FILE: one draft per uncovered resource in scope, filled from the template,
// every draft judged by the one rule table before anything is sent (a broken one names its resource), then created
// with the client-token discipline of create: a rerun after a lost answer reuses the token, and a resource whose
// flow log is still coming up is not given a second one.
#include "cliformat.h"
#include "clihelp.h"
#include "clirunner.h"

#include "coveragesweep.h"
#include "jobfactory.h"
#include "pendingcreates.h"
#include "textsafety.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace flowlog::cli {

namespace {

using namespace Qt::StringLiterals;

// The template, read and checked: every value a string.
struct CoverageTemplate
{
    QJsonObject root;
    QString error;
};

CoverageTemplate readTemplate(const QString &path)
{
    CoverageTemplate t;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        t.error =
            QCoreApplication::translate("flowlog-cli", "Cannot read the template %1: %2").arg(path, f.errorString());
        return t;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        t.error = QCoreApplication::translate("flowlog-cli", "The template %1 is not a JSON object.").arg(path);
        return t;
    }
    t.root = doc.object();
    static const QStringList sections = {u"tags"_s, u"vpc"_s, u"cen"_s, u"ecr"_s, u"er"_s};
    for (auto it = t.root.constBegin(); it != t.root.constEnd(); ++it) {
        bool strings = it.value().isObject() && sections.contains(it.key());
        for (const QJsonValue &v : it.value().toObject())
            strings = strings && v.isString();
        if (!strings) {
            t.error = QCoreApplication::translate("flowlog-cli",
                                                  "The template's \"%1\" must be an object of strings (tags, vpc, "
                                                  "cen, ecr, er).")
                          .arg(it.key());
            return t;
        }
    }
    return t;
}

QString fill(QString text, const CoverageRecord &r)
{
    text.replace(u"${account}"_s, r.source.account());
    text.replace(u"${accountId}"_s, r.accountId);
    text.replace(u"${region}"_s, r.region);
    text.replace(u"${service}"_s, serviceKey(r.service));
    text.replace(u"${resource}"_s, r.resourceId);
    return text;
}

FlowLogDraft draftFor(const CoverageRecord &r, const QJsonObject &root)
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

// The key PendingCreates keeps a member's requests under: the profile, and the member it reaches.
QString pendingKey(const SourceSpec &s)
{
    return s.accountId.isEmpty() ? s.profileId : s.profileId + QLatin1Char('~') + s.accountId;
}

} // namespace

// One create of coverage --enable.
struct CliRunner::EnableItem
{
    CoverageRecord record;
    FlowLogDraft draft;
    bool fresh = true;
};

void CliRunner::runCoverageEnable(CoverageSweep *sweep, int broken)
{
    const CoverageTemplate t = readTemplate(m_command.templatePath);
    if (!t.error.isEmpty()) {
        printError(t.error);
        finish(2);
        return;
    }
    connect(sweep, &CoverageSweep::finished, this, [this, sweep, broken, root = t.root] {
        reportCoverageFailures(*sweep);
        auto items = std::make_shared<QList<EnableItem>>();
        int invalid = 0;
        int settling = 0;
        QList<QStringList> preview;
        for (const CoverageRecord &r : coverageRecords(*sweep)) {
            if (r.state != coverage::State::Uncovered)
                continue;
            const QString where = r.source.displayName() + QLatin1Char('/') + r.resourceId;
            if (r.comingUp) {
                ++settling; // its flow log is being created: a rerun does not make a second one
                continue;
            }
            EnableItem item{r, draftFor(r, root), true};
            const QList<Violation> violations = validateDraft(item.draft);
            for (const Violation &v : violations)
                printError(QStringLiteral("%1/%2: %3 (%4)").arg(where, v.field, v.message, v.providerCode));
            invalid += violations.isEmpty() ? 0 : 1;
            const FlowLogDraft &d = item.draft;
            preview << QStringList{escapeForDisplay(r.source.account()),
                                   serviceKey(r.service),
                                   r.region,
                                   escapeForDisplay(r.resourceId),
                                   escapeForDisplay(r.service == Service::Er ? d.logGroupId : d.projectName),
                                   escapeForDisplay(r.service == Service::Er ? d.logStreamId : d.logStoreName),
                                   violations.isEmpty() ? tr("ok") : tr("invalid")};
            items->append(item);
        }
        m_out << textTable({tr("ACCOUNT"), tr("SERVICE"), tr("REGION"), tr("RESOURCE"), tr("PROJECT / GROUP"),
                            tr("LOGSTORE / STREAM"), tr("CHECK")},
                           preview);
        if (settling > 0)
            m_out << tr("%1 uncovered resources have a flow log coming up: left alone.").arg(settling) << Qt::endl;
        if (invalid > 0) {
            printError(tr("%1 of %2 drafts break the rules: nothing was sent.").arg(invalid).arg(items->size()));
            finish(2);
            return;
        }
        if (m_command.dryRun || !m_command.yes) {
            m_out << (m_command.dryRun ? tr("Dry run: %1 flow logs would be created; nothing was sent.")
                                       : tr("%1 flow logs would be created; run again with --yes to create them."))
                         .arg(items->size())
                  << Qt::endl;
            const bool failed = broken > 0 || m_discoveryFailures > 0 || !sweep->failures().isEmpty();
            finish(failed ? 3 : m_command.dryRun ? 0 : 2);
            return;
        }
        createCoverageItems(sweep, items, broken);
    });
    sweep->start();
}

void CliRunner::createCoverageItems(CoverageSweep *sweep, const std::shared_ptr<QList<EnableItem>> &items, int broken)
{
    auto pending =
        std::make_shared<PendingCreates>(m_profiles->isPersistent() ? PendingCreates::defaultPath() : QString());
    auto state = std::make_shared<std::pair<qsizetype, int>>(0, 0); // next item, failures
    auto running = std::make_shared<int>(0);
    const bool earlierFailures = broken > 0 || m_discoveryFailures > 0 || !sweep->failures().isEmpty();
    auto pump = std::make_shared<std::function<void()>>();
    // Each running job's connection holds the pump; the pump holds no job (and itself only weakly).
    const std::weak_ptr<std::function<void()>> next = pump;
    *pump = [this, sweep, items, pending, state, running, earlierFailures, next] {
        constexpr int maxInFlight = 8;
        while (*running < maxInFlight && state->first < items->size()) {
            EnableItem &item = (*items)[state->first++];
            const SourceSpec &target = item.record.source;
            const PendingCreates::Begun begun =
                pending->begin(pendingKey(target), target.profileName, item.draft, {}, false);
            item.draft.clientToken = begun.clientToken;
            item.fresh = !begun.reused;
            const Profile *profile = m_profiles->findById(target.profileId);
            CreateJob *job = makeCreateJob(target, item.draft, sweep->credentialsFor(target.id()),
                                           profile ? namFor(*profile) : nullptr, RetryPolicy{}, this);
            const QString where = target.displayName() + QLatin1Char('/') + item.record.resourceId;
            if (!job) {
                ++state->second;
                printError(where + QStringLiteral(": ") +
                           tr("Creating %1 flow logs is not available.").arg(serviceDisplayName(target.service)));
                continue;
            }
            ++*running;
            connect(job, &CreateJob::finished, this,
                    [this, job, where, item, pending, state, running, items, earlierFailures,
                     pump = next.lock()](const CreateResult &r) {
                        job->deleteLater();
                        if (const QString e =
                                pending->settle(pendingKey(item.record.source), item.draft, item.fresh, r.error);
                            !e.isEmpty())
                            printError(where + QStringLiteral(": ") + e);
                        --*running;
                        if (r.error.isError()) {
                            ++state->second;
                            printError(where + QStringLiteral(": ") + r.error.toDisplayString());
                        } else {
                            say(tr("%1: created %2").arg(where, r.flowLogId));
                        }
                        if (*running == 0 && state->first >= items->size()) {
                            finish(state->second > 0 || earlierFailures ? 3 : 0);
                            return;
                        }
                        (*pump)();
                    });
            job->start();
        }
        if (*running == 0 && state->first >= items->size())
            finish(state->second > 0 || earlierFailures ? 3 : 0);
    };
    (*pump)();
}

} // namespace flowlog::cli
