// A sweep's parse threads are warmed up before the sweep (parsewarmup.h): every thread of the pool is started, runs
// at the background priority and parses one page through the simdjson path, and the sweep's pages then run on those
// same threads (nothing left to start or grow while the first round of answers lands).
#include "aliyunparsers.h"
#include "parsewarmup.h"
#include "simdobject.h"

#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <sys/resource.h>

using namespace flowlog;

class TestParseWarmUp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyThreadIsStartedBackgroundAndParsedAPage()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        const int creatorNice = getpriority(PRIO_PROCESS, 0);
        const quint64 pagesBefore = json::simdPageCount();
        QMutex mutex;
        QSet<QThread *> threads;
        QList<int> nices;
        QSemaphore done;
        warmUpParseThreads(&pool, [&] {
            const QMutexLocker lock(&mutex);
            threads.insert(QThread::currentThread());
            nices << getpriority(PRIO_PROCESS, 0);
            done.release();
        });
        // Not waitForDone(): it stops the pool's threads.
        QVERIFY(done.tryAcquire(3, 10000));
        const QMutexLocker lock(&mutex);
        QCOMPARE(threads.size(), 3); // one page on each thread, not three on the first
        for (const int nice : std::as_const(nices))
            QCOMPARE(nice, std::min(creatorNice + 5, 19));
        // The page went the simdjson way (a page that fell back to QJsonDocument would warm the wrong parser).
        QCOMPARE(json::simdPageCount(), pagesBefore + 3);

        // Later work runs on the warmed threads.
        QThread *later = nullptr;
        pool.start([&] {
            later = QThread::currentThread();
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QVERIFY(threads.contains(later));
    }

    void thePageIsOneTheMapperReadsInFull()
    {
        // A page the mapper refused would warm an error path, not the rows' (strings, tags, packing).
        const RowContext ctx{QStringLiteral("warm-up"), QStringLiteral("warm-up"), QString()};
        const ListPage page = parseVpcFlowLogsPage(warmUpPage(), ctx);
        QVERIFY2(!page.error.isError(), qPrintable(page.error.message));
        QCOMPARE(page.rows.size(), 50);
        QCOMPARE(page.rows.constLast().id, QStringLiteral("fl-warmup49"));
        QCOMPARE(page.rows.constFirst().tags.size(), 1);
    }

    void anEmptyPoolIsLeftAlone()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(0);
        bool ran = false;
        warmUpParseThreads(&pool, [&] { ran = true; });
        QVERIFY(pool.waitForDone(1000));
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TestParseWarmUp)
#include "tst_parsewarmup.moc"
