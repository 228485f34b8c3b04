// The flowlog-sandbox command line: every flag of the contract parsed and validated, invalid input refused with
// exit code 2 and a message, and the sample data a pure function of --seed.
#include "sandboxoptions.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace flowlog::sandbox;

class TestSandboxOptions final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs the sandbox with --print-profiles until its profiles are out (it keeps serving), or until it exits.
    static Run runSandbox(const QStringList &arguments, bool expectExit)
    {
        QProcess p;
        p.start(flowlog::test::binPath(QStringLiteral("flowlog-sandbox")), arguments);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (expectExit) {
            p.waitForFinished(10000);
            r.exitCode = p.exitCode();
        } else {
            // The URL line, the profiles, then "ready" (a launcher needs no quiet moment).
            while (!r.out.endsWith("\nready\n") && p.waitForReadyRead(10000))
                r.out += p.readAllStandardOutput();
            r.out += p.readAllStandardOutput();
            p.terminate();
            p.waitForFinished(5000);
        }
        r.out += p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // The profile lines, without the first line (whose port differs between runs) and the closing "ready".
    static QByteArray profileLines(const QByteArray &out)
    {
        QByteArray lines = out.mid(out.indexOf('\n') + 1);
        if (lines.endsWith("ready\n"))
            lines.chop(6);
        return lines;
    }

private slots:
    void parsesEveryContractFlag()
    {
        const ParsedOptions p = parseOptions({QStringLiteral("flowlog-sandbox"),
                                              QStringLiteral("--port"),
                                              QStringLiteral("0"),
                                              QStringLiteral("--seed"),
                                              QStringLiteral("9"),
                                              QStringLiteral("--accounts"),
                                              QStringLiteral("5"),
                                              QStringLiteral("--flowlogs"),
                                              QStringLiteral("7"),
                                              QStringLiteral("--latency-ms"),
                                              QStringLiteral("150"),
                                              QStringLiteral("--throttle-rate"),
                                              QStringLiteral("0.25"),
                                              QStringLiteral("--error-rate"),
                                              QStringLiteral("0.1"),
                                              QStringLiteral("--account-limit"),
                                              QStringLiteral("4"),
                                              QStringLiteral("--fault"),
                                              QStringLiteral("reset:0.5"),
                                              QStringLiteral("--fault"),
                                              QStringLiteral("type-drift"),
                                              QStringLiteral("--org-members"),
                                              QStringLiteral("40"),
                                              QStringLiteral("--regions-spread"),
                                              QStringLiteral("--sts-max-duration-s"),
                                              QStringLiteral("2"),
                                              QStringLiteral("--deny"),
                                              QStringLiteral("list-accounts"),
                                              QStringLiteral("--deny"),
                                              QStringLiteral("role:ali-prod-m07"),
                                              QStringLiteral("--deny"),
                                              QStringLiteral("flowlogs:eu-central-1"),
                                              QStringLiteral("--print-profiles"),
                                              QStringLiteral("--print-key-only")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.options.port, quint16(0));
        QCOMPARE(p.options.seed, 9u);
        QCOMPARE(p.options.accounts, 5);
        QCOMPARE(p.options.flowLogs, 7);
        QCOMPARE(p.options.latencyMs, 150);
        QCOMPARE(p.options.throttleRate, 0.25);
        QCOMPARE(p.options.errorRate, 0.1);
        QCOMPARE(p.options.accountLimit, 4);
        QCOMPARE(p.options.faults.size(), 2);
        QCOMPARE(p.options.faults.at(0).kind, FaultKind::Reset);
        QCOMPARE(p.options.faults.at(0).probability, 0.5);
        QCOMPARE(p.options.faults.at(1).kind, FaultKind::TypeDrift);
        QCOMPARE(p.options.faults.at(1).probability, 1.0);
        QCOMPARE(p.options.orgMembers, 40);
        QVERIFY(p.options.regionsSpread);
        QCOMPARE(p.options.stsMaxDurationS, 2);
        QVERIFY(isDenied(p.options, u"list-accounts"));
        QVERIFY(isDenied(p.options, u"role", u"ali-prod-m07"));
        QVERIFY(!isDenied(p.options, u"role", u"ali-prod-m7"));
        QVERIFY(isDenied(p.options, u"flowlogs", u"eu-central-1"));
        QVERIFY(p.options.printProfiles);
        QVERIFY(p.options.printKeyOnly);
        QVERIFY(!parseOptions({QStringLiteral("flowlog-sandbox")}).options.printKeyOnly);
    }

    void acceptsEveryFaultKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &k : faultKinds())
            QTest::newRow(qPrintable(k)) << k;
    }
    void acceptsEveryFaultKind()
    {
        QFETCH(QString, kind);
        const ParsedOptions p =
            parseOptions({QStringLiteral("flowlog-sandbox"), QStringLiteral("--fault"), kind + QStringLiteral(":0.3")});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(faultName(p.options.faults.constFirst().kind), kind);
        QCOMPARE(p.options.faults.constFirst().probability, 0.3);
    }

    void rejectsInvalidInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")}
                                       << QStringLiteral("explode");
        QTest::newRow("fault P above 1") << QStringList{QStringLiteral("--fault"), QStringLiteral("reset:1.5")}
                                         << QStringLiteral("1.5");
        QTest::newRow("fault P not a number")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("slow:x")} << QStringLiteral("slow");
        QTest::newRow("throttle rate negative")
            << QStringList{QStringLiteral("--throttle-rate"), QStringLiteral("-0.1")}
            << QStringLiteral("--throttle-rate");
        QTest::newRow("error rate above 1")
            << QStringList{QStringLiteral("--error-rate"), QStringLiteral("2")} << QStringLiteral("--error-rate");
        QTest::newRow("account limit negative") << QStringList{QStringLiteral("--account-limit"), QStringLiteral("-1")}
                                                << QStringLiteral("--account-limit");
        QTest::newRow("port not a number")
            << QStringList{QStringLiteral("--port"), QStringLiteral("http")} << QStringLiteral("--port");
        QTest::newRow("port too large") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                                        << QStringLiteral("--port");
        QTest::newRow("negative accounts")
            << QStringList{QStringLiteral("--accounts"), QStringLiteral("-1")} << QStringLiteral("--accounts");
        QTest::newRow("flowlogs with garbage")
            << QStringList{QStringLiteral("--flowlogs"), QStringLiteral("12abc")} << QStringLiteral("--flowlogs");
        QTest::newRow("latency negative")
            << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("-5")} << QStringLiteral("--latency-ms");
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--colour")} << QStringLiteral("colour");
        QTest::newRow("negative org members")
            << QStringList{QStringLiteral("--org-members"), QStringLiteral("-1")} << QStringLiteral("--org-members");
        QTest::newRow("sts cap over a day")
            << QStringList{QStringLiteral("--sts-max-duration-s"), QStringLiteral("86401")}
            << QStringLiteral("--sts-max-duration-s");
        QTest::newRow("unknown denial") << QStringList{QStringLiteral("--deny"), QStringLiteral("everything")}
                                        << QStringLiteral("everything");
        QTest::newRow("denial without a region")
            << QStringList{QStringLiteral("--deny"), QStringLiteral("flowlogs:")} << QStringLiteral("flowlogs:");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
    }
    void rejectsInvalidInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ParsedOptions p = parseOptions(QStringList{QStringLiteral("flowlog-sandbox")} + arguments);
        QVERIFY(!p.error.isEmpty());
        QVERIFY2(p.error.contains(mentions), qPrintable(p.error));

        // The binary says it on stderr and exits with 2, before printing a URL.
        const Run r = runSandbox(arguments, true);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void printProfilesIsByteIdenticalForOneSeed()
    {
        const QStringList args{QStringLiteral("--port"), QStringLiteral("0"),    QStringLiteral("--print-profiles"),
                               QStringLiteral("--seed"), QStringLiteral("1234"), QStringLiteral("--accounts"),
                               QStringLiteral("4")};
        const Run a = runSandbox(args, false);
        const Run b = runSandbox(args, false);
        QVERIFY2(a.out.startsWith("listening http://127.0.0.1:"), a.out.constData());
        // The last line says every profile is out: launchers read up to it instead of waiting for a quiet moment.
        QVERIFY2(a.out.endsWith("}\nready\n"), a.out.constData());
        QCOMPARE(profileLines(a.out).count('\n'), 4);
        QCOMPARE(profileLines(a.out), profileLines(b.out));

        const Run other = runSandbox({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-profiles"),
                                      QStringLiteral("--seed"), QStringLiteral("1235"), QStringLiteral("--accounts"),
                                      QStringLiteral("4")},
                                     false);
        QCOMPARE(profileLines(other.out).count('\n'), 4);
        QVERIFY(profileLines(other.out) != profileLines(a.out));
    }

    // --print-key-only: the same accounts with their keys and identity, nothing typed (regions, instance and
    // project ids), so a client (flowlog-cli --sandbox, the SDK peer of cli-e2e) discovers them.
    void printKeyOnlyLeavesOutWhatDiscoveryFinds()
    {
        const QStringList args{QStringLiteral("--port"),
                               QStringLiteral("0"),
                               QStringLiteral("--print-profiles"),
                               QStringLiteral("--seed"),
                               QStringLiteral("7"),
                               QStringLiteral("--accounts"),
                               QStringLiteral("3"),
                               QStringLiteral("--org-members"),
                               QStringLiteral("1")};
        const Run typed = runSandbox(args, false);
        const Run keyOnly = runSandbox(QStringList(args) << QStringLiteral("--print-key-only"), false);
        const QList<QByteArray> full = profileLines(typed.out).trimmed().split('\n');
        const QList<QByteArray> bare = profileLines(keyOnly.out).trimmed().split('\n');
        QCOMPARE(bare.size(), 5); // 3 accounts and a member of each organisation
        QCOMPARE(bare.size(), full.size());
        static const QStringList typedKeys = {QStringLiteral("regions"), QStringLiteral("ecrIds"),
                                              QStringLiteral("projectIds"), QStringLiteral("erIds")};
        for (qsizetype i = 0; i < bare.size(); ++i) {
            QJsonObject expected = QJsonDocument::fromJson(full.at(i)).object();
            const QJsonObject got = QJsonDocument::fromJson(bare.at(i)).object();
            if (!expected.value(QLatin1String("accessKeyId")).toString().isEmpty())
                QVERIFY2(!expected.value(QLatin1String("regions")).toArray().isEmpty(), full.at(i).constData());
            for (const QString &k : typedKeys)
                expected.remove(k);
            // Everything else as the typed line has it: name, provider, keys, account id, organisation fields.
            QCOMPARE(got, expected);
            QVERIFY(got.contains(QLatin1String("accountId")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxOptions)
#include "tst_sandboxoptions.moc"
