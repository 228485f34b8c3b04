// flowlog-cli activate | deactivate | modify | delete: the ids are found with one sweep of the scoped profiles, the
// change is judged by the rule table (exit 2, nothing sent), then LifecycleRunner changes every flow log at once and
// follows each until it settles. One line per id on stdout, printed as each one finishes so a long run shows progress
// (an id not found is an error line on stderr, before anything is sent); json prints the same records at the end.
#include "clirunner.h"

#include "enumtable.h"
#include "flowlogstatus.h"
#include "flowlogtablemodel.h"
#include "inventory.h"
#include "lifecyclerunner.h"
#include "sourcestatusmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace flowlog::cli {

namespace {

// A lifecycle command must find every id and read every flow log it changes: its requests retry transient failures
// harder than a listing (8 retries instead of 3; with 30 % of answers lost, one request in 50,000 still fails). Calls
// without a client token are never retried blindly whatever this says (LifecycleJob reads first).
//
// FLOWLOG_RETRY_BASE_MS (unset in real use) replaces the backoff's first step of 200 ms, its cap becoming 50 times it
// (at most the usual 10 s): how tests against a sandbox that loses a third of its answers stay fast without the
// product backing off less. Server hints (Retry-After) are honoured as ever.
InventorySettings lifecycleSettings()
{
    InventorySettings s;
    s.retry.maxTransientRetries = 8;
    bool ok = false;
    const int base = qEnvironmentVariableIntValue("FLOWLOG_RETRY_BASE_MS", &ok);
    if (ok && base > 0 && base < s.retry.baseDelayMs) {
        s.retry.baseDelayMs = base;
        s.retry.maxDelayMs = std::min(s.retry.maxDelayMs, 50 * base);
    }
    return s;
}

// The ids in --from text: list --format json (an array of objects with "id"), ndjson (an object a line), or one id
// a line. Blank lines and "#" comments are skipped.
QStringList idsFromText(const QByteArray &text)
{
    QStringList out;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            out << (v.isObject() ? v.toObject().value(QLatin1String("id")).toString() : v.toString());
        out.removeAll(QString());
        return out;
    }
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('{')) {
            const QString id = QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                out << id;
            continue;
        }
        out << QString::fromUtf8(line);
    }
    return out;
}

// The OUTCOME column, in State's order: a row still queued or running when the command ends did not change.
constexpr EnumTable<LifecycleRowOutcome::State::Skipped, QLatin1StringView> outcomeWord{
    QLatin1StringView("failed"), QLatin1StringView("failed"), QLatin1StringView("done"), QLatin1StringView("failed"),
    QLatin1StringView("skipped")};

// The provider's status, and for ER (whose state stays "available") whether the flow log is enabled.
QString statusOf(const FlowLog &f)
{
    // The status every other command shows (an ER flow log "available" reads Active or Inactive by its enabled
    // flag, flowlogstatus.h), with the provider's own state beside it where they differ.
    const QString shown = shownStatus(f);
    return shown == f.status ? shown : QStringLiteral("%1 (state %2)").arg(shown, f.status);
}

// What a done row's line says: where the flow log is now.
QString doneDetail(const LifecycleOutcome &o, bool waited)
{
    QString detail = o.gone ? QStringLiteral("deleted") : o.hasFlowLog ? statusOf(o.flowLog) : QString();
    if (o.alreadyThere)
        detail = QStringLiteral("already ") + detail;
    if (!waited && !o.gone && !o.alreadyThere)
        detail = QStringLiteral("accepted, not waited for");
    if (!o.requestId.isEmpty())
        detail += QStringLiteral(" (request id %1)").arg(o.requestId);
    return detail.trimmed();
}

} // namespace

void CliRunner::runLifecycle()
{
    QStringList ids = m_command.ids;
    if (!m_command.fromPath.isEmpty()) {
        QFile file;
        const bool opened = m_command.fromPath == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(m_command.fromPath), file.open(QIODevice::ReadOnly));
        if (!opened) {
            printError(tr("Cannot read %1: %2").arg(m_command.fromPath, file.errorString()));
            finish(2);
            return;
        }
        ids += idsFromText(file.readAll());
    }
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        printError(tr("No flow-log ids given (--id, or --from with ids in it)."));
        finish(2);
        return;
    }
    for (const QString &name : std::as_const(m_command.profiles)) {
        if (!m_profiles->findByName(name)) {
            printError(tr("No profile named \"%1\" (see flowlog-cli profile list).").arg(name));
            finish(2);
            return;
        }
    }

    // One sweep of the scoped profiles tells each id's account, service, region and instance.
    auto *table = new FlowLogTableModel(this);
    auto *status = new SourceStatusModel(this);
    const auto nams = [this](const Profile &p) { return namFor(p); };
    auto *inventory = new Inventory(m_profiles, m_credentials, nams, table, status, this);
    inventory->setSettings(lifecycleSettings());
    SweepScope scope;
    scope.profileNames = m_command.profiles;
    inventory->setScope(scope);
    connect(inventory, &Inventory::finished, this, [this, inventory, ids, table, status, nams] {
        QHash<QString, QList<int>> rowsOfId;
        for (int row = 0; row < table->rowCount(); ++row)
            rowsOfId[table->at(row).id].append(row);
        int unlisted = 0;
        for (const auto &e : status->entries())
            unlisted += e.state == SourceStatusModel::State::Failed ? 1 : 0;

        QList<LifecycleTarget> targets;
        QStringList missing;
        for (const QString &id : ids) {
            const QList<int> rows = rowsOfId.value(id);
            const std::optional<SourceSpec> source =
                rows.size() == 1 ? LifecycleRunner::sourceFor(*m_profiles, inventory, table->sourceOf(rows.first()))
                                 : std::nullopt;
            if (!source) {
                missing << id;
                printError(rows.size() > 1
                               ? tr("%1: more than one flow log has this id; nothing sent to it.").arg(id)
                               : tr("%1: not found in the profiles listed%2.")
                                     .arg(id, unlisted > 0 ? tr(" (%1 sources could not be listed)").arg(unlisted)
                                                           : QString()));
                continue;
            }
            targets.append({*source, table->at(rows.first())});
        }

        // The rule table judges the change for every service involved before anything is sent.
        if (m_command.action == LifecycleAction::Modify) {
            bool invalid = false;
            QSet<Service> judged;
            for (const LifecycleTarget &t : std::as_const(targets)) {
                if (judged.contains(t.flowLog.service))
                    continue;
                judged.insert(t.flowLog.service);
                for (const Violation &v : validateChange(t.flowLog.service, m_command.change)) {
                    invalid = true;
                    printError(
                        QStringLiteral("%1: %2: %3%4")
                            .arg(serviceKey(t.flowLog.service), v.field, v.message,
                                 v.providerCode.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.providerCode)));
                }
            }
            if (invalid) {
                finish(2);
                return;
            }
        }
        runLifecycleTargets(targets, static_cast<int>(missing.size()), nams, inventory->credentialBroker());
    });
    inventory->refresh();
}

void CliRunner::runLifecycleTargets(const QList<LifecycleTarget> &targets, int missing,
                                    const Inventory::NamProvider &nams, CredentialBroker *broker)
{
    const bool json = m_command.format == QLatin1String("json");
    auto rows = std::make_shared<QJsonArray>();
    const auto line = [this, json, rows](const FlowLog &f, const QString &outcome, const QString &detail,
                                         const ApiError &error) {
        if (json) {
            QJsonObject o{{QStringLiteral("id"), f.id},
                          {QStringLiteral("account"), f.account},
                          {QStringLiteral("service"), serviceKey(f.service)},
                          {QStringLiteral("region"), f.region},
                          {QStringLiteral("outcome"), outcome},
                          {QStringLiteral("detail"), detail}};
            if (error.isError())
                o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                              {QStringLiteral("message"), error.message},
                                                              {QStringLiteral("requestId"), error.requestId}});
            rows->append(o);
            return;
        }
        say(QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(f.id, f.account, serviceDisplayName(f.service), f.region, outcome, detail));
    };

    if (m_command.dryRun) {
        int skipped = 0;
        for (const LifecycleTarget &t : targets) {
            const QString why = whyNot(m_command.action, m_command.change, t.flowLog);
            skipped += why.isEmpty() ? 0 : 1;
            line(t.flowLog,
                 why.isEmpty() ? QStringLiteral("would %1").arg(actionKey(m_command.action))
                               : QStringLiteral("skipped"),
                 why.isEmpty() ? QStringLiteral("now %1; nothing sent (--dry-run)").arg(statusOf(t.flowLog)) : why, {});
        }
        if (json)
            m_out << QJsonDocument(*rows).toJson(QJsonDocument::Indented);
        finish(missing + skipped > 0 ? 3 : 0);
        return;
    }
    if (targets.isEmpty()) {
        if (json)
            m_out << QJsonDocument(*rows).toJson(QJsonDocument::Indented);
        finish(3);
        return;
    }

    auto *runner = new LifecycleRunner(m_profiles, broker, nams, this);
    runner->setSettings(lifecycleSettings());
    LifecycleJob::Limits limits;
    limits.follow = !m_command.noWait;
    runner->setLimits(limits);
    connect(runner, &LifecycleRunner::rowFinished, this, [this, runner, line](int index, const LifecycleRowOutcome &o) {
        const FlowLog &f = runner->targets().at(index).flowLog;
        QString detail = o.why;
        if (o.state == LifecycleRowOutcome::State::Done)
            detail = doneDetail(o.outcome, !m_command.noWait);
        else if (o.state == LifecycleRowOutcome::State::Failed)
            detail = o.outcome.error.toDisplayString();
        line(f, outcomeWord[o.state], detail, o.outcome.error);
    });
    connect(runner, &LifecycleRunner::finished, this, [this, runner, json, rows, missing] {
        int failed = missing;
        for (const LifecycleRowOutcome &o : runner->outcomes())
            failed += o.state == LifecycleRowOutcome::State::Done ? 0 : 1;
        if (json)
            m_out << QJsonDocument(*rows).toJson(QJsonDocument::Indented);
        finish(failed > 0 ? 3 : 0);
    });
    runner->start(targets, m_command.action, m_command.change);
}

} // namespace flowlog::cli
