// Latency is injected without blocking the event loop (concurrent requests overlap) and counted from the request's
// read, and --throttle-rate / --error-rate are honoured over many requests.
#include "sandboxfixture.h"
#include "sandboxlauncher.h"
#include "sandboxprobe.h"
#include "sandboxserver.h"
#include "testdata.h"

#include <QHostAddress>
#include <QTcpSocket>

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace flowlog;
using namespace flowlog::test;

class TestSandboxTiming final : public QObject
{
    Q_OBJECT

private slots:
    // The wait left after the answer was made: the latency minus the time since the read, rounded up to whole ms so
    // an answer is never early, and none once the latency has passed (issue 19: a timer started after the answer
    // was built added the sandbox's own CPU, under load several ms, to every answer's latency).
    void remainingLatencyIsCountedFromTheRead_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<qint64>("elapsedNs");
        QTest::addColumn<int>("remainingMs");
        QTest::newRow("just read") << 40 << qint64(0) << 40;
        QTest::newRow("a fraction of a ms spent") << 40 << qint64(300000) << 40;
        QTest::newRow("one ms and a bit") << 40 << qint64(1000001) << 39;
        QTest::newRow("exactly 3 ms") << 40 << qint64(3000000) << 37;
        QTest::newRow("latency used up") << 40 << qint64(40000000) << 0;
        QTest::newRow("past the latency") << 40 << qint64(55000000) << 0;
        QTest::newRow("no latency") << 0 << qint64(10) << 0;
        QTest::newRow("ten minutes") << 600000 << qint64(1) << 600000;
    }
    void remainingLatencyIsCountedFromTheRead()
    {
        QFETCH(int, latencyMs);
        QFETCH(qint64, elapsedNs);
        QFETCH(int, remainingMs);
        QCOMPARE(sandbox::SandboxServer::remainingLatencyMs(latencyMs, elapsedNs), remainingMs);
    }

    void latencyOverlapsAcrossConnections()
    {
        constexpr int latencyMs = 200;
        SandboxFixture sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--latency-ms"), QString::number(latencyMs)}, &error),
                 qPrintable(error));
        const Profile ali = sandbox.profiles(Provider::Aliyun).value(0);
        const auto request = [&] {
            return signedRpc(sandbox.baseUrl(), sandbox.credentials(ali), QStringLiteral("DescribeFlowLogs"),
                             QStringLiteral("2016-04-28"), {{QStringLiteral("RegionId"), ali.regions.value(0)}});
        };
        // What one answer takes on this machine now: the injected latency plus whatever the load adds.
        QNetworkAccessManager single;
        QList<qint64> one;
        for (int i = 0; i < 3; ++i) {
            const Probe p = get(single, request());
            QCOMPARE(p.status, 200);
            one.append(p.elapsedMs);
        }
        std::sort(one.begin(), one.end());
        const qint64 oneMs = one.at(1);
        QVERIFY2(oneMs >= latencyMs - 10, qPrintable(QString::number(oneMs)));

        // QNAM opens at most 6 connections per host: three managers give 18 concurrent requests.
        constexpr int managers = 3;
        constexpr int perManager = 6;
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        QList<QNetworkReply *> replies;
        QElapsedTimer clock;
        clock.start();
        for (int m = 0; m < managers; ++m) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < perManager; ++i)
                replies.append(start(*nams.back(), request()));
        }
        for (QNetworkReply *r : std::as_const(replies))
            QCOMPARE(finish(r).status, 200);
        const qint64 allMs = clock.elapsed();
        // Served one after another, 18 answers would take 18 times one answer; overlapped, about one answer plus
        // connection set-up. A ratio, so machine load (which slows both) cannot fail it, but a server that
        // sleeps per request still does.
        const double ratio = double(allMs) / double(oneMs);
        QVERIFY2(allMs >= latencyMs - 10, qPrintable(QString::number(allMs)));
        QVERIFY2(ratio < 4.0, qPrintable(QStringLiteral("18 concurrent answers took %1 ms, %2 times one answer (%3 ms)")
                                             .arg(allMs)
                                             .arg(ratio, 0, 'f', 2)
                                             .arg(oneMs)));
    }

    void ratesAreHonouredOverManyRequests()
    {
        SandboxFixture sandbox;
        QString error;
        QVERIFY2(sandbox.start({QStringLiteral("--throttle-rate"), QStringLiteral("0.3"),
                                QStringLiteral("--error-rate"), QStringLiteral("0.2")},
                               &error),
                 qPrintable(error));
        QNetworkAccessManager nam;
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/"));
        // Unsigned: faults come before authentication, so every other answer is MissingParameter.
        url.setQuery(QStringLiteral("Action=DescribeFlowLogs&Version=2016-04-28"));
        constexpr int total = 400;
        int throttled = 0;
        int errors = 0;
        int rejected = 0;
        for (int i = 0; i < total; ++i) {
            const Probe p = get(nam, QNetworkRequest(url));
            const QString code = p.json().value(QLatin1String("Code")).toString();
            if (code == QLatin1String("Throttling.User"))
                ++throttled;
            else if (p.status >= 500)
                ++errors;
            else if (code == QLatin1String("MissingParameter"))
                ++rejected;
        }
        QCOMPARE(throttled + errors + rejected, total);
        // Binomial(400, 0.3): sd ~9; (400, 0.2): sd 8. Bounds of ~4 sd.
        QVERIFY2(throttled > 84 && throttled < 156, qPrintable(QString::number(throttled)));
        QVERIFY2(errors > 48 && errors < 112, qPrintable(QString::number(errors)));
        const QJsonObject faults = sandbox.stats().value(QLatin1String("faults")).toObject();
        QCOMPARE(faults.value(QLatin1String("throttle")).toInt(), throttled);
        QCOMPARE(faults.value(QLatin1String("error5xx")).toInt(), errors);
    }

    void thePortIsSaidBeforeTheDataIsSeeded()
    {
        // A launcher about to sweep connects while the sandbox seeds (flowlog-cli --sandbox list): the port comes
        // first, once, and a connection opened then is served after ready.
        SandboxLauncher launcher;
        launcher.setProgram(binPath(QStringLiteral("flowlog-sandbox")));
        QStringList order;
        QUrl said;
        QTcpSocket early;
        connect(&launcher, &SandboxLauncher::listening, this, [&](const QUrl &url) {
            order << QStringLiteral("listening");
            said = url;
            early.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        });
        connect(&launcher, &SandboxLauncher::ready, this, [&] { order << QStringLiteral("ready"); });
        launcher.start({QStringLiteral("--org-members"), QStringLiteral("20")});
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 20000);
        QCOMPARE(order, (QStringList{QStringLiteral("listening"), QStringLiteral("ready")}));
        QCOMPARE(said, launcher.baseUrl());
        QVERIFY(early.waitForConnected(5000));
        early.write("GET /__sandbox/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(early.bytesAvailable() > 0 && early.peek(64).contains("\r\n"), 10000);
        QVERIFY2(early.peek(64).startsWith("HTTP/1.1 200"), early.peek(64).constData());
        launcher.stop();
    }
};

QTEST_GUILESS_MAIN(TestSandboxTiming)
#include "tst_sandboxtiming.moc"
