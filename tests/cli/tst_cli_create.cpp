// flowlog-cli create as a user runs it: a separate process against a private sandbox.
#include "clirun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCliCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateOnlyValidDraftExitsZero_data();
    void validateOnlyValidDraftExitsZero();
    void validateOnlyPrintsOneLinePerBrokenRule_data();
    void validateOnlyPrintsOneLinePerBrokenRule();
    void malformedTagIsUsageError();
    void unknownProfileIsUsageError();
    void wrongProviderForServiceIsUsageError();
    void createPrintsNewId();
    void createJsonHasIdAndRequestId();
    void lostAnswerAfterCommitExitsThreeAndSaysItMayExist();
    void ecrDryRunChecksWithoutCreating();
    void providerErrorIsOneLineWithSourceFieldCodeAndRequestId();

private:
    using Run = flowlog::test::CliRun;
    static Run run(const QStringList &args) { return flowlog::test::runCli(args); }
    static QStringList vpcArgs();
};

QStringList TestCliCreate::vpcArgs()
{
    return {QStringLiteral("--sandbox"),       QStringLiteral("create"),
            QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
            QStringLiteral("--service"),       QStringLiteral("vpc"),
            QStringLiteral("--resource-type"), QStringLiteral("VPC"),
            QStringLiteral("--resource-id"),   QStringLiteral("vpc-cli-1"),
            QStringLiteral("--traffic-type"),  QStringLiteral("All"),
            QStringLiteral("--project-name"),  QStringLiteral("flowlog-proj"),
            QStringLiteral("--logstore-name"), QStringLiteral("flowlog_store")};
}

void TestCliCreate::validateOnlyValidDraftExitsZero_data()
{
    QTest::addColumn<QStringList>("args");
    const QStringList vpc = vpcArgs();
    QTest::newRow("vpc defaults") << vpc;
    QTest::newRow("vpc interval 1m") << vpc + QStringList{QStringLiteral("--interval"), QStringLiteral("1m")};
    QTest::newRow("vpc interval 300 bare") << vpc + QStringList{QStringLiteral("--interval"), QStringLiteral("300")};
    QTest::newRow("vpc tags and name") << vpc + QStringList{QStringLiteral("--tag"), QStringLiteral("team=net"),
                                                            QStringLiteral("--name"), QStringLiteral("edge.logs")};
    QTest::newRow("cen 60s") << QStringList{QStringLiteral("--sandbox"),       QStringLiteral("create"),
                                            QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
                                            QStringLiteral("--service"),       QStringLiteral("cen"),
                                            QStringLiteral("--cen-id"),        QStringLiteral("cen-1"),
                                            QStringLiteral("--project-name"),  QStringLiteral("proj"),
                                            QStringLiteral("--logstore-name"), QStringLiteral("store"),
                                            QStringLiteral("--interval"),      QStringLiteral("60s")};
    QTest::newRow("ecr 10m, ecr id from profile")
        << QStringList{QStringLiteral("--sandbox"),       QStringLiteral("create"),
                       QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
                       QStringLiteral("--service"),       QStringLiteral("ecr"),
                       QStringLiteral("--instance-id"),   QStringLiteral("vbr-1"),
                       QStringLiteral("--project-name"),  QStringLiteral("proj"),
                       QStringLiteral("--logstore-name"), QStringLiteral("store"),
                       QStringLiteral("--interval"),      QStringLiteral("10m"),
                       QStringLiteral("--sampling-rate"), QStringLiteral("1:2048")};
    QTest::newRow("er id from profile") << QStringList{
        QStringLiteral("--sandbox"),       QStringLiteral("create"),
        QStringLiteral("--profile"),       QStringLiteral("hw-payments"),
        QStringLiteral("--service"),       QStringLiteral("er"),
        QStringLiteral("--name"),          QStringLiteral("er-log"),
        QStringLiteral("--resource-id"),   QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402"),
        QStringLiteral("--log-group-id"),  QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497"),
        QStringLiteral("--log-stream-id"), QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad")};
}

void TestCliCreate::validateOnlyValidDraftExitsZero()
{
    QFETCH(QStringList, args);
    const Run r = run(args + QStringList{QStringLiteral("--validate-only")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
}

void TestCliCreate::validateOnlyPrintsOneLinePerBrokenRule_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("lines"); // each expected stderr line starts with "field: " and ends with "(code)"
    QTest::newRow("vpc name too short and starting with digit")
        << QStringList{QStringLiteral("--name"), QStringLiteral("1")}
        << QStringList{QStringLiteral("name: * (InvalidName)"), QStringLiteral("name: * (InvalidName)")};
    QTest::newRow("vpc https description")
        << QStringList{QStringLiteral("--description"), QStringLiteral("https://example.com")}
        << QStringList{QStringLiteral("description: * (InvalidDescription)")};
    QTest::newRow("vpc interval 2m not offered")
        << QStringList{QStringLiteral("--interval"), QStringLiteral("2m")}
        << QStringList{QStringLiteral("interval: * (InvalidParameter.Interval)")};
    QTest::newRow("vpc interval unreadable") << QStringList{QStringLiteral("--interval"), QStringLiteral("soon")}
                                             << QStringList{QStringLiteral("interval: * (InvalidParameter.Interval)")};
    QTest::newRow("vpc tag key acs: and value aliyun")
        << QStringList{QStringLiteral("--tag"), QStringLiteral("acs:x=aliyun")}
        << QStringList{QStringLiteral("tags: * (IllegalParam.TagKey)"),
                       QStringLiteral("tags: * (IllegalParam.TagValue)")};
    QTest::newRow("vpc uppercase project") << QStringList{QStringLiteral("--project-name"), QStringLiteral("Proj")}
                                           << QStringList{QStringLiteral("projectName: * (INVALID_PARAMETER)"),
                                                          QStringLiteral("projectName: * (INVALID_PARAMETER)")};
    QTest::newRow("vpc wrong traffic type") << QStringList{QStringLiteral("--traffic-type"), QStringLiteral("Deny")}
                                            << QStringList{QStringLiteral("trafficType: * (INVALID_PARAMETER)")};
}

void TestCliCreate::validateOnlyPrintsOneLinePerBrokenRule()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, lines);
    // Later flags win: the extra arguments replace the valid ones.
    const Run r = run(vpcArgs() + extra + QStringList{QStringLiteral("--validate-only")});
    QCOMPARE(r.code, 2);
    const QStringList got = QString::fromUtf8(r.err).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(got.size(), lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        // "field: * (code)": the message between is free text.
        const QString head = lines.at(i).section(QStringLiteral(" * "), 0, 0);
        const QString tail = lines.at(i).section(QStringLiteral(" * "), 1);
        QVERIFY2(got.at(i).startsWith(head + QLatin1Char(' ')) && got.at(i).endsWith(QLatin1Char(' ') + tail),
                 qPrintable(got.at(i)));
        QVERIFY(got.at(i).size() > head.size() + tail.size() + 4);
    }
    QVERIFY(r.out.isEmpty());
}

void TestCliCreate::malformedTagIsUsageError()
{
    const Run r = run(
        vpcArgs() + QStringList{QStringLiteral("--tag"), QStringLiteral("novalue"), QStringLiteral("--validate-only")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("novalue"));
}

void TestCliCreate::unknownProfileIsUsageError()
{
    QStringList args = vpcArgs();
    args[3] = QStringLiteral("nobody");
    const Run r = run(args + QStringList{QStringLiteral("--validate-only")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("nobody"));
}

void TestCliCreate::wrongProviderForServiceIsUsageError()
{
    QStringList args = vpcArgs();
    args[3] = QStringLiteral("hw-payments");
    const Run r = run(args + QStringList{QStringLiteral("--validate-only")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("hw-payments"));
}

void TestCliCreate::createPrintsNewId()
{
    const Run r = run(vpcArgs() + QStringList{QStringLiteral("--name"), QStringLiteral("cliCreated")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray id = r.out.trimmed();
    QVERIFY2(!id.isEmpty() && !id.contains(' '), r.out.constData());
}

void TestCliCreate::createJsonHasIdAndRequestId()
{
    const Run r = run(vpcArgs() + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!o.value(QLatin1String("id")).toString().isEmpty());
    QVERIFY(!o.value(QLatin1String("requestId")).toString().isEmpty());
    QCOMPARE(o.value(QLatin1String("service")).toString(), QStringLiteral("vpc"));
}

void TestCliCreate::lostAnswerAfterCommitExitsThreeAndSaysItMayExist()
{
    QStringList args = vpcArgs();
    args.insert(1, QStringLiteral("--sandbox-arg=--fault=reset-after-commit"));
    const Run r = run(args);
    QCOMPARE(r.code, 3);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QVERIFY2(lines.last().contains("ali-prod"), r.err.constData());
    QVERIFY2(r.err.contains("may have been created"), r.err.constData());
    // The line names the client token the create carried and how to settle it.
    QVERIFY2(lines.last().contains("client token ") && lines.last().contains("--client-token "), r.err.constData());
}

void TestCliCreate::ecrDryRunChecksWithoutCreating()
{
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("create"), QStringLiteral("--profile"),
                       QStringLiteral("ali-prod"), QStringLiteral("--service"), QStringLiteral("ecr"),
                       QStringLiteral("--instance-id"), QStringLiteral("vbr-cli-1"), QStringLiteral("--project-name"),
                       QStringLiteral("proj"), QStringLiteral("--logstore-name"), QStringLiteral("store"),
                       QStringLiteral("--dry-run")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Dry run passed"), r.out.constData());
}

void TestCliCreate::providerErrorIsOneLineWithSourceFieldCodeAndRequestId()
{
    // A region the rule table accepts but the sandbox account does not have.
    const Run r = run(vpcArgs() + QStringList{QStringLiteral("--region"), QStringLiteral("cn-beijing")});
    QCOMPARE(r.code, 3);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QString line = QString::fromUtf8(lines.first());
    QVERIFY2(line.startsWith(QLatin1String("ali-prod / VPC / cn-beijing/region: ")), qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("(InvalidRegionId.NotFound, request id ")), qPrintable(line));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
