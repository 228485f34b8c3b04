// flowlog-cli create: fill the draft's defaults from the profile, judge it with the one rule table, then send it.
#include "clirunner.h"
#include "createtarget.h"

#include "jobfactory.h"
#include "validation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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
    if (m_command.validateOnly) {
        if (m_command.format == QLatin1String("json"))
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("valid"), true}}).toJson(QJsonDocument::Compact);
        else
            m_out << tr("The draft is valid; nothing was sent.") << Qt::endl;
        finish(0);
        return;
    }

    const SourceSpec target = createTarget(profile, draft);
    draft.ensureClientToken(); // one token for this draft, whatever the job retries
    m_credentials->readSecret(profile.id, this, [this, profile, draft, target](const SecretResult &secret) {
        if (secret.error.isError()) {
            printError(target.displayName() + QStringLiteral(": ") + secret.error.toDisplayString());
            finish(3);
            return;
        }
        const Credentials credentials{profile.accessKeyId, secret.secret, secret.securityToken};
        CreateJob *job = makeCreateJob(target, draft, credentials, namFor(profile), RetryPolicy{}, this);
        if (!job) {
            printError(
                target.displayName() + QStringLiteral(": ") +
                tr("Creating %1 flow logs is not available in this build.").arg(serviceDisplayName(target.service)));
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
        connect(job, &CreateJob::finished, this, [this, job, target](const CreateResult &r) {
            job->deleteLater();
            if (r.error.isError()) {
                const QString field = !r.error.field.isEmpty()
                                          ? r.error.field
                                          : fieldForProviderError(target.service, r.error.code, r.error.message);
                QString line = target.displayName();
                if (!field.isEmpty())
                    line += QLatin1Char('/') + field;
                line += QStringLiteral(": ") + r.error.toDisplayString();
                if (r.error.maybeCommitted && r.error.hint.isEmpty())
                    line += QLatin1Char(' ') + tr("The flow log may have been created: the next list will show it.");
                printError(line);
                finish(3);
                return;
            }
            if (m_command.format == QLatin1String("json")) {
                const QByteArray text = toJson(r, target);
                std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
                std::fflush(stdout);
            } else if (r.dryRun) {
                m_out << tr("Dry run passed: the service would accept this flow log (request id %1).").arg(r.requestId)
                      << Qt::endl;
            } else {
                m_out << r.flowLogId << Qt::endl;
            }
            finish(0);
        });
        job->start();
    });
}

} // namespace flowlog::cli
