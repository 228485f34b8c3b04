// The flow-log table during a sweep at organisation scale (issue 19 goal 5): rows appended in quick succession
// relayout the view at most every 100 ms (each relayout repaints the whole viewport), the last appends are laid out
// when the interval is over, and selecting a row just appended still scrolls it into view.
#include "../models/rows.h"
#include "flowlogfilterproxy.h"
#include "flowlogtablemodel.h"
#include "flowlogview.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QTest>

using namespace flowlog;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return QObject::eventFilter(watched, event);
    }
};

struct Table
{
    FlowLogTableModel model;
    FlowLogFilterProxy proxy;
    FlowLogView view;
    PaintCounter counter;

    Table()
    {
        view.setModels(&model, &proxy);
        view.resize(800, 300);
        view.show();
        view.viewport()->installEventFilter(&counter);
    }
    // One page of one source, then one turn of the event loop (what a page's arrival costs the view).
    void appendPage(int page)
    {
        model.appendRows(QStringLiteral("p/vpc/r%1").arg(page),
                         {test::makeRow(QStringLiteral("acct"), QStringLiteral("fl-%1").arg(page))});
        QCoreApplication::processEvents();
    }
    // The scroll bar's range as a relayout now gives it.
    int laidOutMaximum()
    {
        view.doItemsLayout();
        return view.verticalScrollBar()->maximum();
    }
};

} // namespace

class TestViewPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsRelayoutAtMostEveryInterval()
    {
        Table t;
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        t.appendPage(0);
        QCoreApplication::processEvents();
        t.counter.paints = 0;
        QElapsedTimer clock;
        clock.start();
        constexpr int pages = 60;
        for (int page = 1; page <= pages; ++page)
            t.appendPage(page);
        const qint64 elapsed = clock.elapsed();
        // Appended one at a time, each page relayouted and repainted the viewport (60 paints, the control case
        // when this pacing is gone); paced, a relayout every 100 ms at most (plus the one a quiet start allows).
        const int allowed = static_cast<int>(elapsed / 100) + 2;
        QVERIFY2(t.counter.paints <= allowed,
                 qPrintable(QStringLiteral("%1 paints in %2 ms").arg(t.counter.paints).arg(elapsed)));
        // The last pages are laid out once the interval is over: the scroll bar covers every row.
        const int rows = pages + 1;
        QCOMPARE(t.proxy.rowCount(), rows);
        QTRY_VERIFY(t.view.verticalScrollBar()->maximum() > 0);
        const int paced = t.view.verticalScrollBar()->maximum();
        QTRY_COMPARE(t.view.verticalScrollBar()->maximum(), t.laidOutMaximum());
        QVERIFY(paced <= t.view.verticalScrollBar()->maximum());
    }

    void appendsBelowAFullViewportDoNotRepaintIt()
    {
        Table t;
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        for (int page = 0; page < 40; ++page) // more rows than the 300-pixel view shows
            t.appendPage(page);
        QVERIFY(t.view.selectKey(t.model.at(0).key())); // lays out at once, the first row on screen
        QCoreApplication::processEvents();
        const int before = t.view.verticalScrollBar()->maximum();
        QVERIFY(before > 0);
        t.counter.paints = 0;
        for (int page = 40; page < 60; ++page)
            t.appendPage(page);
        // Laid out (the scroll bar, a step a row, covers the 20 new rows) without repainting the rows on screen.
        QTRY_COMPARE(t.view.verticalScrollBar()->maximum(), before + 20);
        QCoreApplication::processEvents();
        QCOMPARE(t.counter.paints, 0);
        // Scrolled to the end, appended rows are on screen: they are painted.
        t.view.scrollToBottom();
        QCoreApplication::processEvents();
        QTRY_VERIFY(t.counter.paints > 0);
    }

    void selectingAJustAppendedRowScrollsItIntoView()
    {
        Table t;
        QVERIFY(QTest::qWaitForWindowExposed(&t.view));
        for (int page = 0; page < 80; ++page)
            t.appendPage(page);
        // The last rows were appended within the interval: their relayout waits, and selecting one must not.
        const QString key = t.model.at(t.model.rowCount() - 1).key();
        QVERIFY(t.view.selectKey(key));
        const QModelIndex current = t.view.currentIndex();
        QVERIFY(current.isValid());
        QVERIFY2(t.view.viewport()->rect().contains(t.view.visualRect(current)),
                 "the selected row is outside the viewport");
    }
};

QTEST_MAIN(TestViewPacing)
#include "tst_viewpacing.moc"
