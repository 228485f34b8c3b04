// flowlog-cli create: fill the draft's defaults from the profile, judge it with the one rule table, then send it.
#include "clirunner.h"
#include "createtarget.h"
#include "profileidentity.h"

#include "jobfactory.h"
#include "pendingcreates.h"
#include "textsafety.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace flowlog::cli {

namespace {

// Region and instance defaults a create takes from its profile when the flags leave them out.
void applyProfileDefaults(FlowLogDraft &d, const Profile &profile)
{
    const QStringList regions = profile.effectiveRegions();
    if (d.region.isEmpty() && d.service != Service::Ecr && !regions.isEmpty())
        d.region = regions.first();
    if (d.service == Service::Er && d.erId.isEmpty())
        d.erId = profile.erIds.value(d.region).value(0);
    if (d.service == Service::Ecr && d.ecrId.isEmpty() && profile.ecrIds.size() == 1)
        d.ecrId = profile.ecrIds.first();
}

QByteArray toJson(const CreateResult &r, const SourceSpec &target)
{
    QJsonObject o{{QStringLiteral("id"), r.flowLogId},
                  {QStringLiteral("requestId"), r.requestId},
                  {QStringLiteral("dryRun"), r.dryRun},
                  {QStringLiteral("account"), target.profileName},
                  {QStringLiteral("service"), serviceKey(target.service)},
                  {QStringLiteral("region"), target.region}};
    if (r.hasFlowLog)
        o.insert(QStringLiteral("flowLog"), r.flowLog.toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

void CliRunner::runCreate()
{
    if (!m_command.tagErrors.isEmpty()) {
        for (const QString &t : std::as_const(m_command.tagErrors))
            printError(tr("--tag takes KEY=VALUE with a non-empty key, not \"%1\".").arg(t));
        finish(2);
        return;
    }
    const Profile *found = m_profiles->findByName(m_command.createProfile);
    if (const BrokenProfile *broken = m_profiles->findBrokenByName(m_command.createProfile); !found && broken) {
        printError(tr("Profile \"%1\" cannot be used: %2 (see flowlog-cli profile list).")
                       .arg(m_command.createProfile, broken->reason));
        finish(2);
        return;
    }
    if (!found) {
        printError(tr("No profile named \"%1\" (see flowlog-cli profile list).").arg(m_command.createProfile));
        finish(2);
        return;
    }
    const Profile profile = *found;
    FlowLogDraft draft = m_command.draft;
    if (profile.provider != providerOf(draft.service)) {
        printError(tr("Profile \"%1\" is a %2 account: it cannot create %3 flow logs.")
                       .arg(profile.name, providerDisplayName(profile.provider), serviceDisplayName(draft.service)));
        finish(2);
        return;
    }
    applyProfileDefaults(draft, profile);

    const QList<Violation> violations = validateDraft(draft);
    if (!violations.isEmpty()) {
        for (const Violation &v : violations)
            printError(QStringLiteral("%1: %2 (%3)").arg(v.field, v.message, v.providerCode));
        finish(2);
        return;
    }
    // Huawei APIs address a region through the account's project there: without one the request has nowhere to go
    // (the official SDKs stop the same way, "No project id found"), so say so instead of sending it.
    if (providerOf(draft.service) == Provider::Huawei && !draft.region.isEmpty() &&
        profile.projectIds.value(draft.region).isEmpty()) {
        printError(tr("region: profile \"%1\" has no project in region %2 (its regions: %3); Huawei Cloud APIs need "
                      "the region's project id.")
                       .arg(profile.name, draft.region, profile.projectIds.keys().join(QStringLiteral(", "))));
        finish(2);
        return;
    }
    if (m_command.validateOnly) {
        if (m_command.format == QLatin1String("json"))
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("valid"), true}}).toJson(QJsonDocument::Compact);
        else
            m_out << tr("The draft is valid; nothing was sent.") << Qt::endl;
        finish(0);
        return;
    }

    const SourceSpec target = createTarget(profile, draft);
    // One token for this request, whatever the job retries and however often the command is run: a request whose
    // outcome stayed unknown (the answer was lost) is sent again with the token it went out with.
    // Kept in the state file for the user's own profiles; in memory for a --sandbox session's made-up ones.
    auto pending =
        std::make_shared<PendingCreates>(m_profiles->isPersistent() ? PendingCreates::defaultPath() : QString());
    bool fresh = true; // this run recorded the request (no earlier attempt is pending)
    if (draft.dryRun) {
        draft.clientToken = m_command.clientToken;
        draft.ensureClientToken(); // a dry run creates nothing: nothing to remember
    } else {
        const PendingCreates::Begun begun =
            pending->begin(profile.id, profile.name, draft, m_command.clientToken, !m_command.clientToken.isEmpty());
        draft.clientToken = begun.clientToken;
        fresh = !begun.reused;
        if (!begun.error.isEmpty())
            printError(target.displayName() + QStringLiteral(": ") + begun.error);
        if (begun.reused)
            printError(target.displayName() + QStringLiteral(": ") +
                       tr("an earlier create of this draft (%1) has an unknown outcome: sending it again with its "
                          "client token %2, so it cannot be created twice.")
                           .arg(begun.since.toString(Qt::ISODate), begun.clientToken));
    }
    const auto settle = [this, pending, profile, draft, target, fresh](const ApiError &error) {
        if (draft.dryRun)
            return;
        if (const QString e = pending->settle(profile.id, draft, fresh, error); !e.isEmpty())
            printError(target.displayName() + QStringLiteral(": ") + e);
    };
    // A role or agency profile creates in the account it assumes, with its temporary credentials.
    readProfileCredentials(
        profile, m_profiles, m_credentials, namFor(profile), this,
        [this, profile, draft, target, settle](const Credentials &credentials, const ApiError &error) {
            if (error.isError()) {
                settle(error);
                printError(target.displayName() + QStringLiteral(": ") + error.toDisplayString());
                finish(3);
                return;
            }
            CreateJob *job = makeCreateJob(target, draft, credentials, namFor(profile), RetryPolicy{}, this);
            if (!job) {
                ApiError e;
                e.kind = ApiError::Kind::Configuration;
                e.message =
                    tr("Creating %1 flow logs is not available in this build.").arg(serviceDisplayName(target.service));
                settle(e);
                printError(target.displayName() + QStringLiteral(": ") + e.message);
                finish(3);
                return;
            }
            connect(job, &CreateJob::retrying, this, [this, target](int attempt, int delayMs, const ApiError &reason) {
                printError(target.displayName() + QStringLiteral(": ") +
                           tr("attempt %1 failed (%2); retrying in %3 ms with the same client token.")
                               .arg(attempt)
                               .arg(reason.toDisplayString())
                               .arg(delayMs));
            });
            connect(job, &CreateJob::finished, this, [this, job, target, draft, settle](const CreateResult &r) {
                job->deleteLater();
                settle(r.error);
                if (r.error.isError()) {
                    ApiError error = r.error;
                    const QString field = !error.field.isEmpty()
                                              ? error.field
                                              : fieldForProviderError(target.service, error.code, error.message);
                    QString line = target.displayName();
                    if (!field.isEmpty())
                        line += QLatin1Char('/') + field;
                    if (error.maybeCommitted) {
                        // The create API carries the draft's client token: say which, and how to finish the job.
                        error.hint = unknownOutcomeHint(draft.clientToken) + QLatin1Char(' ') +
                                     tr("Run the same command again to settle it (or pass --client-token %1).")
                                         .arg(draft.clientToken);
                    }
                    line += QStringLiteral(": ") + error.toDisplayString();
                    printError(line);
                    finish(3);
                    return;
                }
                if (m_command.format == QLatin1String("json")) {
                    const QByteArray text = terminalSafeJson(toJson(r, target));
                    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
                    std::fflush(stdout);
                } else if (r.dryRun) {
                    say(tr("Dry run passed: the service would accept this flow log (request id %1).").arg(r.requestId));
                } else {
                    say(r.flowLogId);
                }
                finish(0);
            });
            job->start();
        });
}

} // namespace flowlog::cli
