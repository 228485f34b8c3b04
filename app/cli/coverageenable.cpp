// flowlog-cli coverage --enable --template FILE: one draft per uncovered resource in scope, filled from the template,
// every draft judged by the one rule table before anything is sent (a broken one names its resource), then created
// with the client-token discipline of create: a rerun after a lost answer reuses the token, and a resource whose
// flow log is still coming up is not given a second one.
#include "cliformat.h"
#include "clihelp.h"
#include "clirunner.h"

#include "coverageenable.h"
#include "pendingcreates.h"
#include "textsafety.h"

namespace flowlog::cli {

void CliRunner::runCoverageEnable(CoverageSweep *sweep, int broken)
{
    const CoverageTemplate t = readCoverageTemplate(m_command.templatePath);
    if (!t.error.isEmpty()) {
        printError(t.error);
        finish(2);
        return;
    }
    connect(sweep, &CoverageSweep::finished, this, [this, sweep, broken, root = t.root] {
        reportCoverageFailures(*sweep);
        int settling = 0;
        const QList<CoverageDraft> drafts = coverageDrafts(coverageRecords(*sweep), root, &settling);
        int invalid = 0;
        QList<QStringList> preview;
        for (const CoverageDraft &item : drafts) {
            const CoverageRecord &r = item.record;
            const QString where = r.source.displayName() + QLatin1Char('/') + r.resourceId;
            for (const Violation &v : item.violations)
                printError(QStringLiteral("%1/%2: %3 (%4)").arg(where, v.field, v.message, v.providerCode));
            invalid += item.violations.isEmpty() ? 0 : 1;
            const FlowLogDraft &d = item.draft;
            preview << QStringList{escapeForDisplay(r.source.account()),
                                   serviceKey(r.service),
                                   r.region,
                                   escapeForDisplay(r.resourceId),
                                   escapeForDisplay(r.service == Service::Er ? d.logGroupId : d.projectName),
                                   escapeForDisplay(r.service == Service::Er ? d.logStreamId : d.logStoreName),
                                   item.violations.isEmpty() ? tr("ok") : tr("invalid")};
        }
        m_out << textTable({tr("ACCOUNT"), tr("SERVICE"), tr("REGION"), tr("RESOURCE"), tr("PROJECT / GROUP"),
                            tr("LOGSTORE / STREAM"), tr("CHECK")},
                           preview);
        if (settling > 0)
            m_out << tr("%1 uncovered resources have a flow log coming up: left alone.").arg(settling) << Qt::endl;
        if (invalid > 0) {
            printError(tr("%1 of %2 drafts break the rules: nothing was sent.").arg(invalid).arg(drafts.size()));
            finish(2);
            return;
        }
        const bool earlierFailures = broken > 0 || m_discoveryFailures > 0 || !sweep->failures().isEmpty();
        if (m_command.dryRun || !m_command.yes) {
            m_out << (m_command.dryRun ? tr("Dry run: %1 flow logs would be created; nothing was sent.")
                                       : tr("%1 flow logs would be created; run again with --yes to create them."))
                         .arg(drafts.size())
                  << Qt::endl;
            finish(earlierFailures ? 3 : m_command.dryRun ? 0 : 2);
            return;
        }
        createCoverageItems(sweep, drafts, earlierFailures);
    });
    sweep->start();
}

void CliRunner::createCoverageItems(CoverageSweep *sweep, const QList<CoverageDraft> &drafts, bool earlierFailures)
{
    auto *pending = new PendingCreates(m_profiles->isPersistent() ? PendingCreates::defaultPath() : QString());
    auto *enabler = new CoverageEnabler(
        sweep, m_profiles, [this](const Profile &p) { return namFor(p); }, pending, this);
    connect(enabler, &CoverageEnabler::itemFinished, this,
            [this, drafts](int index, const CreateResult &r, const QString &note) {
                const CoverageRecord &record = drafts.at(index).record;
                const QString where = record.source.displayName() + QLatin1Char('/') + record.resourceId;
                if (!note.isEmpty())
                    printError(where + QStringLiteral(": ") + note);
                if (r.error.isError())
                    printError(where + QStringLiteral(": ") + r.error.toDisplayString());
                else
                    say(tr("%1: created %2").arg(where, r.flowLogId));
            });
    connect(enabler, &CoverageEnabler::finished, this, [this, earlierFailures, pending](int failures) {
        delete pending;
        finish(failures > 0 || earlierFailures ? 3 : 0);
    });
    enabler->start(drafts);
}

} // namespace flowlog::cli
