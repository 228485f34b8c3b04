// flowlog-cli as a user runs it: a separate process, real sandbox, real HTTP.
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCliList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionPrintsAndExitsZero();
    void sandboxListJsonHasEverySandboxVpcRow();
    void sandboxListTableHasHeaderAndRows();
    void unknownCommandIsUsageErrorTwo();
    void everyFormatWrittenToAFileIsComplete();

private:
    using Run = flowlog::test::CliRun;
    static Run run(const QStringList &args) { return flowlog::test::runCli(args); }
};

void TestCliList::versionPrintsAndExitsZero()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("flowlog-cli " FLOWLOG_VERSION));
}

void TestCliList::sandboxListJsonHasEverySandboxVpcRow()
{
    // 2 Alibaba accounts (of 3) x 2 regions x 30 VPC flow logs = 120 rows.
    const Run r =
        run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-arg=--flowlogs=30"), QStringLiteral("list"),
             QStringLiteral("--service"), QStringLiteral("vpc"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 120);
    QSet<QString> ids;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("service")).toString(), QStringLiteral("vpc"));
        QCOMPARE(o.value(QLatin1String("cloud")).toString(), QStringLiteral("aliyun"));
        QVERIFY(o.value(QLatin1String("raw")).toObject().contains(QLatin1String("FlowLogDeliverStatus")));
        ids.insert(o.value(QLatin1String("id")).toString());
    }
    QCOMPARE(ids.size(), 120);
}

void TestCliList::sandboxListTableHasHeaderAndRows()
{
    const Run r =
        run({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-arg=--flowlogs=3"), QStringLiteral("list"),
             QStringLiteral("--service"), QStringLiteral("vpc"), QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 12); // header + 2 accounts x 2 regions x 3
    QVERIFY(lines.first().startsWith("ACCOUNT"));
    QVERIFY(lines.at(1).contains("fl-"));
}

void TestCliList::unknownCommandIsUsageErrorTwo()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("frobnicate"));
}

void TestCliList::everyFormatWrittenToAFileIsComplete()
{
    // A read-only command ends without tearing down (app/cli/main.cpp): all it printed must still be there, also in
    // a file, which the C library buffers fully (a lost flush shows there at once).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<std::pair<QString, int>> formats{{QStringLiteral("json"), 120},
                                                 {QStringLiteral("ndjson"), 120},
                                                 {QStringLiteral("csv"), 1 + 120},
                                                 {QStringLiteral("table"), 1 + 120}};
    for (const auto &[format, expected] : formats) {
        QProcess p;
        p.setStandardOutputFile(dir.filePath(format));
        p.start(flowlog::test::binPath(QStringLiteral("flowlog-cli")),
                {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-arg=--flowlogs=30"), QStringLiteral("list"),
                 QStringLiteral("--service"), QStringLiteral("vpc"), QStringLiteral("--format"), format});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        QFile file(dir.filePath(format));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray out = file.readAll();
        QVERIFY2(out.endsWith('\n'), qPrintable(format));
        const qsizetype rows = format == QLatin1String("json") ? QJsonDocument::fromJson(out).array().size()
                                                               : out.trimmed().split('\n').size();
        QCOMPARE(rows, expected);
    }
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
