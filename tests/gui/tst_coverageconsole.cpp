// Issue 18, the console part, on the real MainWindow against the real sandbox (organisation members, every service):
// the Coverage view opened from its action shows in its chart and table exactly the sandbox's own coverage counts
// (/__sandbox/stats), the uncovered list filters and exports (0600), a resource leads to its flow logs in the main
// table and a flow log (also an orphan) back to its row in the view, and the bulk enable with a template that makes
// an invalid name for the CEN items fails in the preview for exactly those items with nothing sent, then, fixed,
// creates exactly the uncovered resources' flow logs, after which nothing is uncovered.
#include "consolefixture.h"
#include "coverageactions.h"
#include "coverageenabledialog.h"
#include "coveragesweep.h"
#include "coveragetemplate.h"
#include "coverageview.h"
#include "flowlogtablemodel.h"
#include "flowlogview.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHorizontalPercentBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace flowlog;

namespace {

int count(const QJsonObject &coverage, const char *key)
{
    return coverage.value(QLatin1String(key)).toInt();
}

// Saves what a user sees when FLOWLOG_TEST_SHOTS names a directory.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FLOWLOG_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestCoverageConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start({QStringLiteral("--org-members"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                                  QStringLiteral("3"), QStringLiteral("--transition-ms"), QStringLiteral("100")},
                                 &error),
                 qPrintable(error));
        m_fixture.init(this);
        // Every sample account with nothing but its key, as a user types it; discovery finds the rest.
        QList<Profile> added;
        for (const Profile &p : m_fixture.sandbox.profiles()) {
            m_fixture.credentials->writeSecret(p.id, m_fixture.sandbox.secret(p.id), {}, this, [](const ApiError &) {});
            added.append(test::SandboxFixture::keyOnly(p));
            added.last().organization = !m_fixture.sandbox.memberNames(p.name).isEmpty();
        }
        m_fixture.profiles->replaceAll(added);
        m_window = m_fixture.makeWindow({Service::Vpc, Service::Cen, Service::Ecr, Service::Er});
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fixture.cleanup();
    }

    void chartShowsTheSandboxsCounts();
    void uncoveredListFiltersAndExports();
    void resourceLeadsToItsFlowLogsAndBack();
    void bulkEnablePreviewsThenCreatesExactlyTheUncovered();

private:
    CoverageView *view() const { return m_window->findChild<CoverageView *>(); }
    QTableView *table(const char *name) const { return view()->findChild<QTableView *>(QLatin1String(name)); }
    // Opens the view from the View menu's action and waits for its sweep.
    void openAndSweep();
    // The records behind the rows a list shows.
    QList<CoverageRecord> shownRecords() const;
    QStringList flowLogIdsSelectedInMainTable() const;

    test::ConsoleFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestCoverageConsole::openAndSweep()
{
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("actionCoverage"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    if (view() && view()->hasResults()) {
        QSignalSpy refreshed(view(), &CoverageView::refreshed);
        view()->refresh();
        QVERIFY(refreshed.wait(60000));
        return;
    }
    open->trigger();
    QVERIFY(view() && view()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(view()->hasResults() && !view()->sweep()->isRunning(), 60000);
}

QList<CoverageRecord> TestCoverageConsole::shownRecords() const
{
    const QAbstractItemModel *model = table("resourceTable")->model();
    QList<CoverageRecord> out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << view()->sweep()->records().at(model->index(r, 0).data(Qt::UserRole + 1).toInt());
    return out;
}

QStringList TestCoverageConsole::flowLogIdsSelectedInMainTable() const
{
    QStringList ids;
    for (const int row : m_window->findChild<FlowLogView *>()->selectedTableRows())
        ids << m_window->tableModel()->at(row).id;
    ids.sort();
    return ids;
}

void TestCoverageConsole::chartShowsTheSandboxsCounts()
{
    openAndSweep();
    const QJsonObject expected = test::coverageOf(m_fixture.sandbox.stats());
    QVERIFY(count(expected, "uncovered") > 0 && count(expected, "orphans") > 0);
    QVERIFY2(view()->sweep()->failures().isEmpty(),
             qPrintable(view()->sweep()->failures().value(0).error.toDisplayString()));
    // By service: four groups, all drawn.
    auto *groupBy = view()->findChild<QComboBox *>(QStringLiteral("groupBy"));
    groupBy->setCurrentIndex(groupBy->findText(CoverageView::tr("Service")));
    const auto *chart = view()->findChild<CoverageChart *>();
    const QList<QAbstractSeries *> series = chart->chart()->series();
    QCOMPARE(series.size(), 1);
    const QList<QBarSet *> sets = qobject_cast<QHorizontalPercentBarSeries *>(series.first())->barSets();
    QCOMPARE(sets.size(), 3);
    const auto sum = [](const QBarSet *set) {
        qreal total = 0;
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
        return qRound(total);
    };
    QCOMPARE(sum(sets.at(0)), count(expected, "covered"));
    QCOMPARE(sum(sets.at(1)), count(expected, "partial"));
    QCOMPARE(sum(sets.at(2)), count(expected, "uncovered"));
    QCOMPARE(sets.at(0)->count(), 4);
    // The table lists the same groups; its columns add up to the resources.
    const auto *groups = view()->findChild<QTableWidget *>(QStringLiteral("groupTable"));
    QCOMPARE(groups->rowCount(), 4);
    int resources = 0;
    for (int r = 0; r < groups->rowCount(); ++r)
        resources += groups->item(r, 1)->text().toInt();
    QCOMPARE(resources, count(expected, "resources"));
    QCOMPARE(view()->sweep()->counts().orphans, count(expected, "orphans"));
    const QString summary = view()->findChild<QLabel *>(QStringLiteral("coverageSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("%1 resources: ").arg(count(expected, "resources"))),
             qPrintable(summary));
    // By account: the organisations' members each have their bar.
    groupBy->setCurrentIndex(groupBy->findText(CoverageView::tr("Account")));
    QVERIFY(groups->rowCount() > 4);
    shoot(view(), QStringLiteral("coverage-summary"));
}

void TestCoverageConsole::uncoveredListFiltersAndExports()
{
    const QJsonObject expected = test::coverageOf(m_fixture.sandbox.stats());
    view()->findChild<QTabWidget *>(QStringLiteral("coverageTabs"))->setCurrentIndex(1);
    QTableView *resources = table("resourceTable");
    // Uncovered is what the list shows first.
    QCOMPARE(resources->model()->rowCount(), count(expected, "uncovered"));
    for (const CoverageRecord &r : shownRecords())
        QCOMPARE(r.state, coverage::State::Uncovered);
    // Filter as a user types: a region; the rows are the uncovered records naming it in a column.
    const QString region = shownRecords().first().region;
    auto *filter = view()->findChild<QLineEdit *>(QStringLiteral("resourceFilter"));
    QTest::keyClicks(filter, region);
    int naming = 0;
    for (const CoverageRecord &r : view()->sweep()->records()) {
        const QString text =
            QStringList{r.account, serviceDisplayName(r.service),      r.region, r.resourceType, r.resourceId,
                        r.name,    r.flowLogIds.join(QLatin1Char(' '))}
                .join(QLatin1Char('\n'));
        naming += r.state == coverage::State::Uncovered && text.contains(region, Qt::CaseInsensitive) ? 1 : 0;
    }
    QCOMPARE(resources->model()->rowCount(), naming);
    QVERIFY(naming > 0);
    shoot(view(), QStringLiteral("coverage-resources"));

    // Export what is shown: JSON, 0600.
    const QString json = m_fixture.dir.filePath(QStringLiteral("uncovered.json"));
    QString error;
    QVERIFY2(view()->exportResources(json, &error), qPrintable(error));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(rows.size(), naming);
    for (const QJsonValue &row : rows) {
        QCOMPARE(row.toObject().value(QLatin1String("state")).toString(), QStringLiteral("uncovered"));
        QCOMPARE(row.toObject().value(QLatin1String("region")).toString(), region);
    }
    filter->clear();

    // The orphans as CSV: a header and one line each.
    const QString csv = m_fixture.dir.filePath(QStringLiteral("orphans.csv"));
    QVERIFY2(view()->exportOrphans(csv, &error), qPrintable(error));
    QFile orphans(csv);
    QVERIFY(orphans.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = orphans.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), count(expected, "orphans") + 1);
    QVERIFY(lines.first().startsWith("account,accountId,provider,service,region,flowLogId"));
}

void TestCoverageConsole::resourceLeadsToItsFlowLogsAndBack()
{
    auto *state = view()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(QString())); // all states
    // A resource with flow logs of its own (none also reaching another resource, as a whole-router one does), the
    // one with most of them.
    QHash<QString, int> reach;
    for (const CoverageRecord &r : view()->sweep()->records()) {
        for (const QString &id : r.flowLogIds)
            ++reach[id];
    }
    QList<CoverageRecord> shown;
    for (const CoverageRecord &r : shownRecords()) {
        if (std::all_of(r.flowLogIds.cbegin(), r.flowLogIds.cend(),
                        [&reach](const QString &id) { return reach.value(id) == 1; }))
            shown << r;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const CoverageRecord &a, const CoverageRecord &b) {
        return a.flowLogIds.size() > b.flowLogIds.size();
    });
    QVERIFY(!shown.isEmpty());
    const CoverageRecord target = shown.first();
    QVERIFY(!target.flowLogIds.isEmpty());
    QTest::keyClicks(view()->findChild<QLineEdit *>(QStringLiteral("resourceFilter")), target.resourceId);
    QTableView *resources = table("resourceTable");
    QCOMPARE(resources->model()->rowCount(), 1);
    resources->selectRow(0);
    auto *show = view()->findChild<QPushButton *>(QStringLiteral("showFlowLogs"));
    QVERIFY(show->isEnabled());
    QTest::mouseClick(show, Qt::LeftButton);
    QStringList ids = target.flowLogIds;
    ids.sort();
    QCOMPARE(flowLogIdsSelectedInMainTable(), ids);

    // And back: the current flow log's row menu action shows its resource, whatever the filters.
    view()->findChild<QLineEdit *>(QStringLiteral("resourceFilter"))->setText(QStringLiteral("nothing matches this"));
    m_window->findChild<QAction *>(QStringLiteral("actionShowResourceInCoverage"))->trigger();
    QCOMPARE(view()->findChild<QTabWidget *>(QStringLiteral("coverageTabs"))->currentIndex(), 1);
    const QModelIndex current = resources->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(view()->sweep()->records().at(current.data(Qt::UserRole + 1).toInt()).resourceId, target.resourceId);

    // An orphan: from the view to the main table and back to the Orphans tab.
    QTableView *orphans = table("orphanTable");
    QVERIFY(orphans->model()->rowCount() > 0);
    orphans->selectRow(0);
    const CoverageOrphan orphan =
        view()->sweep()->orphans().at(orphans->model()->index(0, 0).data(Qt::UserRole + 1).toInt());
    QTest::mouseClick(view()->findChild<QPushButton *>(QStringLiteral("showOrphanFlowLog")), Qt::LeftButton);
    QCOMPARE(flowLogIdsSelectedInMainTable(), QStringList{orphan.flowLog.id});
    orphans->clearSelection();
    m_window->findChild<QAction *>(QStringLiteral("actionShowResourceInCoverage"))->trigger();
    QCOMPARE(view()->findChild<QTabWidget *>(QStringLiteral("coverageTabs"))->currentIndex(), 2);
    QCOMPARE(orphans->currentIndex().data().toString(), orphans->model()->index(0, 0).data().toString());
    QVERIFY(orphans->selectionModel()->isRowSelected(orphans->currentIndex().row()));
}

void TestCoverageConsole::bulkEnablePreviewsThenCreatesExactlyTheUncovered()
{
    const int uncovered = count(test::coverageOf(m_fixture.sandbox.stats()), "uncovered");
    m_fixture.sandbox.resetStats();
    view()->findChild<QTabWidget *>(QStringLiteral("coverageTabs"))->setCurrentIndex(1);
    auto *state = view()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    state->setCurrentIndex(state->findData(coverage::stateName(coverage::State::Uncovered)));
    view()->findChild<QLineEdit *>(QStringLiteral("resourceFilter"))->clear();
    QTableView *resources = table("resourceTable");
    resources->setFocus();
    resources->selectAll();
    auto *enable = view()->findChild<QPushButton *>(QStringLiteral("enableFlowLogs"));
    QVERIFY(enable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);
    CoverageEnableDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<CoverageEnableDialog *>()) && dialog->isVisible());

    // Upper case is not allowed in an SLS project name: exactly the CEN drafts fail, and Create stays off.
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateText"));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
    text->setPlainText(QString::fromUtf8(test::templateJson(QStringLiteral("CEN-${region}"))));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);
    QTreeWidget *drafts = dialog->draftTree();
    QCOMPARE(drafts->topLevelItemCount(), uncovered);
    int cen = 0;
    for (int i = 0; i < drafts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = drafts->topLevelItem(i);
        const bool isCen = item->text(CoverageEnableDialog::ServiceColumn) == serviceDisplayName(Service::Cen);
        cen += isCen ? 1 : 0;
        QCOMPARE(item->text(CoverageEnableDialog::CheckColumn).contains(QLatin1String("projectName")), isCen);
        QCOMPARE(item->text(CoverageEnableDialog::CheckColumn) == CoverageEnableDialog::tr("OK"), !isCen);
    }
    QVERIFY(cen > 0 && cen < uncovered);
    QCOMPARE(dialog->invalidCount(), cen);
    QVERIFY(!create->isEnabled());
    shoot(dialog, QStringLiteral("coverage-enable-preview"));
    QCOMPARE(m_fixture.sandbox.stats().value(QLatin1String("created")).toInt(), 0);

    // Fixed: every draft passes; Create sends exactly them, each with its outcome.
    text->setPlainText(QString::fromUtf8(test::templateJson(QStringLiteral("cen-${region}"))));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);
    QCOMPARE(dialog->invalidCount(), 0);
    QVERIFY(create->isEnabled());
    QSignalSpy done(dialog, &CoverageEnableDialog::created);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toInt(), uncovered);
    for (int i = 0; i < drafts->topLevelItemCount(); ++i)
        QVERIFY2(drafts->topLevelItem(i)->text(CoverageEnableDialog::CheckColumn).startsWith(QLatin1String("Created")),
                 qPrintable(drafts->topLevelItem(i)->text(CoverageEnableDialog::CheckColumn)));
    QCOMPARE(m_fixture.sandbox.stats().value(QLatin1String("created")).toInt(), uncovered);
    // A second Create in the same dialog sends nothing: those resources' flow logs are coming up.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("previewButton")), Qt::LeftButton);
    QVERIFY(!create->isEnabled());
    QCOMPARE(drafts->topLevelItemCount(), 0);
    dialog->close();

    // Once the new flow logs are active, nothing is uncovered, and the view says so after a refresh.
    QTRY_COMPARE_WITH_TIMEOUT(count(test::coverageOf(m_fixture.sandbox.stats()), "uncovered"), 0, 10000);
    openAndSweep();
    QCOMPARE(view()->sweep()->counts().uncovered, 0);
    QCOMPARE(resources->model()->rowCount(), 0);
    QCOMPARE(m_fixture.sandbox.stats().value(QLatin1String("created")).toInt(), uncovered);
}

QTEST_MAIN(TestCoverageConsole)
#include "tst_coverageconsole.moc"
