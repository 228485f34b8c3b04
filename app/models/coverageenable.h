#pragma once

#include "coveragesweep.h"
#include "createjob.h"
#include "flowlogdraft.h"
#include "validation.h"

#include <QJsonObject>
#include <QObject>

namespace flowlog {

class PendingCreates;

// Closing the coverage gap (issue 18), shared by `flowlog-cli coverage --enable` and the console's Coverage view:
// the template (docs/coverage.md), one draft per uncovered resource judged by the one rule table, and the creates
// with the client-token discipline of create.

// A coverage template: {"tags": {...}, "vpc": {...}, "cen": {...}, "ecr": {...}, "er": {...}}, every value a string
// that may use ${account}, ${accountId}, ${region}, ${service}, ${resource}. error is empty when it is one.
struct CoverageTemplate
{
    QJsonObject root;
    QString error;
};
[[nodiscard]] CoverageTemplate parseCoverageTemplate(const QByteArray &json, const QString &name);
[[nodiscard]] CoverageTemplate readCoverageTemplate(const QString &path);

// One resource to cover: its record, the draft the template makes for it and what the rule table says of it.
struct CoverageDraft
{
    CoverageRecord record;
    FlowLogDraft draft;
    QList<Violation> violations;
};
[[nodiscard]] FlowLogDraft coverageDraftFor(const CoverageRecord &record, const QJsonObject &templateRoot);
// The drafts for the records that are uncovered and have no flow log coming up (a rerun right after a create must
// not make a second one); settling, when given, counts the ones left alone for that reason.
[[nodiscard]] QList<CoverageDraft> coverageDrafts(const QList<CoverageRecord> &records, const QJsonObject &templateRoot,
                                                  int *settling = nullptr);

// Creates the drafts, at most 8 at a time, with the credentials the sweep listed each place with. Each create takes
// its client token from pending (a draft whose earlier outcome is unknown reuses its token, so a rerun lets the
// provider settle it). itemFinished() fires once per draft (index into the list given to start()), then finished()
// once. Nothing is owned; the sweep and pending must outlive the run.
class CoverageEnabler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageEnabler)

public:
    CoverageEnabler(const CoverageSweep *sweep, ProfileStore *profiles, Inventory::NamProvider nams,
                    PendingCreates *pending, QObject *parent = nullptr);
    ~CoverageEnabler() override;

    // The drafts must be valid (no violations): start() sends every one.
    void start(const QList<CoverageDraft> &drafts);
    [[nodiscard]] bool isRunning() const { return m_running > 0 || m_next < m_items.size(); }

Q_SIGNALS:
    void itemStarted(int index);
    // result.error says why it failed; pendingNote is what PendingCreates says of an unknown outcome.
    void itemFinished(int index, const CreateResult &result, const QString &pendingNote);
    void finished(int failures);

private:
    struct Item
    {
        CoverageDraft draft;
        bool fresh = true;
    };
    void pump();

    const CoverageSweep *m_sweep;
    ProfileStore *m_profiles;
    Inventory::NamProvider m_nams;
    PendingCreates *m_pending;
    QList<Item> m_items;
    qsizetype m_next = 0;
    int m_running = 0;
    int m_failures = 0;
};

} // namespace flowlog
