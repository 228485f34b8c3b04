// The sandbox's state machine helper on its own: transitions settle exactly when due (on the clock they are given),
// deletions remove the record and count, a new transition replaces the old one, stats count by status; and the
// --transition-ms flag; the seeded flow logs in a transitional state (VPC Activating, ER modifying) settle
// --transition-ms after the dataset is made, the same ones for the same seed.
#include "dataset.h"
#include "sandboxoptions.h"
#include "transitions.h"

#include <QDateTime>
#include <QTest>

using namespace flowlog;
using namespace flowlog::sandbox;

class TestSandboxTransitions final : public QObject
{
    Q_OBJECT

private:
    static Options smallOptions()
    {
        Options o;
        o.accounts = 3;
        o.flowLogs = 4;
        o.transitionMs = 250;
        return o;
    }

    // The first VPC flow log of the first account, its list key and id.
    static std::pair<QString, QString> firstVpcFlowLog(Dataset &dataset)
    {
        const Account &a = dataset.accounts().first();
        const QString key = Dataset::key(Service::Vpc, a, a.regions.first());
        return {key, dataset.flowLogs(key).first().value(QLatin1String("FlowLogId")).toString()};
    }

    static QString statusOf(Dataset &dataset, const QString &key, const QString &id)
    {
        for (const QJsonObject &o : dataset.flowLogs(key)) {
            if (o.value(QLatin1String("FlowLogId")).toString() == id)
                return o.value(QLatin1String("Status")).toString();
        }
        return {};
    }

    // The ids of every flow log in a transitional state, with the list holding it.
    static QStringList transitionalIds(const Dataset &dataset)
    {
        QStringList out;
        for (auto list = dataset.allFlowLogs().cbegin(); list != dataset.allFlowLogs().cend(); ++list) {
            for (const QJsonObject &o : list.value()) {
                const QString s =
                    o.value(QLatin1String("Status")).toString() + o.value(QLatin1String("state")).toString();
                if (s == QLatin1String("Activating") || s == QLatin1String("modifying"))
                    out << list.key() + QLatin1Char(' ') + o.value(QLatin1String("FlowLogId")).toString() +
                               o.value(QLatin1String("id")).toString();
            }
        }
        out.sort();
        return out;
    }

private slots:
    void seededTransitionalFlowLogsSettleAfterTheTransition()
    {
        Options options = smallOptions();
        options.flowLogs = 40;
        options.transitionMs = 700;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        Dataset dataset(options);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject seeded = countByStatus(dataset);
        const qint64 activating = seeded.value(QLatin1String("Activating")).toInteger();
        const qint64 modifying = seeded.value(QLatin1String("modifying")).toInteger();
        QVERIFY(activating > 0);
        QVERIFY(modifying > 0);
        // The same seed marks the same flow logs.
        const QStringList ids = transitionalIds(dataset);
        QCOMPARE(ids.size(), activating + modifying);
        QCOMPARE(transitionalIds(Dataset(options)), ids);

        // Transitional right after start...
        dataset.transitions().settleDue(dataset, before + options.transitionMs - 1);
        QCOMPARE(countByStatus(dataset), seeded);
        // ...settled --transition-ms later: Activating becomes Active, modifying available; nothing else moves.
        dataset.transitions().settleDue(dataset, after + options.transitionMs);
        const QJsonObject settled = countByStatus(dataset);
        QVERIFY(transitionalIds(dataset).isEmpty());
        QCOMPARE(settled.value(QLatin1String("Active")).toInteger(),
                 seeded.value(QLatin1String("Active")).toInteger() + activating);
        QCOMPARE(settled.value(QLatin1String("available")).toInteger(),
                 seeded.value(QLatin1String("available")).toInteger() + modifying);
        QCOMPARE(settled.value(QLatin1String("Inactive")), seeded.value(QLatin1String("Inactive")));
        QCOMPARE(settled.value(QLatin1String("failed")), seeded.value(QLatin1String("failed")));
        QCOMPARE(dataset.transitions().deleted(), 0);
    }

    void settlesWhenDueAndNotBefore()
    {
        Dataset dataset(smallOptions());
        QCOMPARE(dataset.transitions().durationMs(), 250);
        const auto [key, id] = firstVpcFlowLog(dataset);
        dataset.transitions().start(
            {key, QStringLiteral("FlowLogId"), id, 1000, QJsonObject{{QStringLiteral("Status"), QStringLiteral("X")}}});
        dataset.transitions().settleDue(dataset, 999);
        QVERIFY(statusOf(dataset, key, id) != QLatin1String("X"));
        dataset.transitions().settleDue(dataset, 1000);
        QCOMPARE(statusOf(dataset, key, id), QStringLiteral("X"));
        // Settled once: a later clock does not apply it again.
        dataset.flowLogs(key).first().insert(QStringLiteral("Status"), QStringLiteral("Active"));
        dataset.transitions().settleDue(dataset, 5000);
        QCOMPARE(statusOf(dataset, key, id), QStringLiteral("Active"));
    }

    void aNewTransitionReplacesThePendingOne()
    {
        Dataset dataset(smallOptions());
        const auto [key, id] = firstVpcFlowLog(dataset);
        dataset.transitions().start(
            {key, QStringLiteral("FlowLogId"), id, 100, QJsonObject{{QStringLiteral("Status"), QStringLiteral("A")}}});
        dataset.transitions().start(
            {key, QStringLiteral("FlowLogId"), id, 200, QJsonObject{{QStringLiteral("Status"), QStringLiteral("B")}}});
        dataset.transitions().settleDue(dataset, 150);
        QVERIFY(statusOf(dataset, key, id) != QLatin1String("A"));
        dataset.transitions().settleDue(dataset, 200);
        QCOMPARE(statusOf(dataset, key, id), QStringLiteral("B"));
    }

    void deletionRemovesAndCounts()
    {
        Dataset dataset(smallOptions());
        const auto [key, id] = firstVpcFlowLog(dataset);
        const int before = dataset.totalFlowLogs();
        dataset.transitions().start({key, QStringLiteral("FlowLogId"), id, 10, {}, true});
        dataset.transitions().settleDue(dataset, 9);
        QCOMPARE(dataset.totalFlowLogs(), before);
        QCOMPARE(dataset.transitions().deleted(), 0);
        dataset.transitions().settleDue(dataset, 10);
        QCOMPARE(dataset.totalFlowLogs(), before - 1);
        QVERIFY(statusOf(dataset, key, id).isEmpty());
        QCOMPARE(dataset.transitions().deleted(), 1);
        dataset.transitions().resetDeleted();
        QCOMPARE(dataset.transitions().deleted(), 0);
    }

    void countByStatusAddsUpToEveryFlowLog()
    {
        Dataset dataset(smallOptions());
        const QJsonObject counts = countByStatus(dataset);
        qint64 sum = 0;
        for (const QJsonValue &v : counts)
            sum += v.toInteger();
        QCOMPARE(sum, qint64(dataset.totalFlowLogs()));
        // Alibaba's "Status" and Huawei's "state" side by side.
        QVERIFY(counts.value(QLatin1String("Active")).toInteger() > 0);
        QVERIFY(counts.value(QLatin1String("available")).toInteger() > 0);
        QVERIFY(!counts.contains(QString()));
    }

    void transitionMsFlag_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected"); // -1: rejected
        QTest::newRow("default") << QStringList{} << 500;
        QTest::newRow("zero") << QStringList{QStringLiteral("--transition-ms"), QStringLiteral("0")} << 0;
        QTest::newRow("two seconds") << QStringList{QStringLiteral("--transition-ms"), QStringLiteral("2000")} << 2000;
        QTest::newRow("negative") << QStringList{QStringLiteral("--transition-ms"), QStringLiteral("-1")} << -1;
        QTest::newRow("text") << QStringList{QStringLiteral("--transition-ms"), QStringLiteral("soon")} << -1;
    }
    void transitionMsFlag()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        const ParsedOptions parsed = parseOptions(QStringList{QStringLiteral("flowlog-sandbox")} + args);
        if (expected < 0) {
            QVERIFY2(parsed.error.contains(QLatin1String("--transition-ms")), qPrintable(parsed.error));
            return;
        }
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.options.transitionMs, expected);
    }
};

QTEST_GUILESS_MAIN(TestSandboxTransitions)
#include "tst_sandbox_transitions.moc"
