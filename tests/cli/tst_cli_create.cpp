// flowlog-cli create as a user runs it: a separate process against a private sandbox.
#include "clirun.h"
#include "sandboxfixture.h"
#include "seededids.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestCliCreate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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
    void unknownResourceIsTheProvidersNotFound_data();
    void unknownResourceIsTheProvidersNotFound();
    void erRegionWithoutAProjectIsRefusedBeforeSending();

private:
    using Run = flowlog::test::CliRun;
    static Run run(const QStringList &args) { return flowlog::test::runCli(args); }
    static QStringList vpcArgs();
    // What `--sandbox` seeds (default flags, so the same as a default fixture): ali-prod's first VPC in its first
    // region and a VBR of its ECR instance; hw-payments' first router's first attachment.
    static inline QString s_vpcId;
    static inline QString s_vbrId;
    static inline QString s_erAttachment;
};

void TestCliCreate::initTestCase()
{
    flowlog::test::SandboxFixture sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    const flowlog::test::SeededIds ali(sandbox.resources(QStringLiteral("ali-prod")));
    const flowlog::test::SeededIds hw(sandbox.resources(QStringLiteral("hw-payments")));
    for (const flowlog::Profile &p : sandbox.profiles()) {
        if (p.name == QLatin1String("ali-prod")) {
            s_vpcId = ali.vpc(p.regions.value(0));
            s_vbrId = ali.ecrChild(p.ecrIds.value(0));
        } else if (p.name == QLatin1String("hw-payments")) {
            s_erAttachment = hw.erAttachment(p.erIds.value(p.regions.value(0)).value(0));
        }
    }
    QVERIFY(!s_vpcId.isEmpty() && !s_vbrId.isEmpty() && !s_erAttachment.isEmpty());
}

QStringList TestCliCreate::vpcArgs()
{
    return {QStringLiteral("--sandbox"),       QStringLiteral("create"),
            QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
            QStringLiteral("--service"),       QStringLiteral("vpc"),
            QStringLiteral("--resource-type"), QStringLiteral("VPC"),
            QStringLiteral("--resource-id"),   s_vpcId,
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
    const Run r =
        run({QStringLiteral("--sandbox"), QStringLiteral("create"), QStringLiteral("--profile"),
             QStringLiteral("ali-prod"), QStringLiteral("--service"), QStringLiteral("ecr"),
             QStringLiteral("--instance-id"), s_vbrId, QStringLiteral("--project-name"), QStringLiteral("proj"),
             QStringLiteral("--logstore-name"), QStringLiteral("store"), QStringLiteral("--dry-run")});
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

void TestCliCreate::unknownResourceIsTheProvidersNotFound_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("head");    // "profile / service / region/field: "
    QTest::addColumn<QString>("message"); // the provider's message, then (code, request id ...)
    QTest::addColumn<QString>("code");
    QStringList vpc = vpcArgs();
    vpc[vpc.indexOf(s_vpcId)] = QStringLiteral("vpc-notinthisaccount0001");
    QTest::newRow("vpc") << vpc << QStringLiteral("ali-prod / VPC / cn-hangzhou/resourceId: ")
                         << QStringLiteral("The specified ResourceId is not found.")
                         << QStringLiteral("InvalidResourceId.NotFound");
    QTest::newRow("cen") << QStringList{QStringLiteral("--sandbox"),       QStringLiteral("create"),
                                        QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
                                        QStringLiteral("--service"),       QStringLiteral("cen"),
                                        QStringLiteral("--cen-id"),        QStringLiteral("cen-notinthisaccount"),
                                        QStringLiteral("--project-name"),  QStringLiteral("proj"),
                                        QStringLiteral("--logstore-name"), QStringLiteral("store")}
                         << QStringLiteral("ali-prod / CEN / cn-hangzhou/cenId: ")
                         << QStringLiteral("The specified CenId is not found.")
                         << QStringLiteral("InvalidCenId.NotFound");
    QTest::newRow("ecr dry run") << QStringList{QStringLiteral("--sandbox"),       QStringLiteral("create"),
                                                QStringLiteral("--profile"),       QStringLiteral("ali-prod"),
                                                QStringLiteral("--service"),       QStringLiteral("ecr"),
                                                QStringLiteral("--instance-id"),   QStringLiteral("vbr-notattached000"),
                                                QStringLiteral("--project-name"),  QStringLiteral("proj"),
                                                QStringLiteral("--logstore-name"), QStringLiteral("store"),
                                                QStringLiteral("--dry-run")}
                                 << QStringLiteral("/instanceId: ")
                                 << QStringLiteral("vbr-notattached000 is not found.")
                                 << QStringLiteral("ResourceNotFound.InstanceId");
    QTest::newRow("er")
        << QStringList{QStringLiteral("--sandbox"),       QStringLiteral("create"),
                       QStringLiteral("--profile"),       QStringLiteral("hw-payments"),
                       QStringLiteral("--service"),       QStringLiteral("er"),
                       QStringLiteral("--name"),          QStringLiteral("er-log"),
                       QStringLiteral("--resource-id"),   QStringLiteral("6f83b848-8331-4271-ac0c-ef94b7686402"),
                       QStringLiteral("--log-group-id"),  QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497"),
                       QStringLiteral("--log-stream-id"), QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad")}
        << QStringLiteral("/resourceId: ")
        << QStringLiteral("Attachment 6f83b848-8331-4271-ac0c-ef94b7686402 does not exist")
        << QStringLiteral("ER.04040003");
}

void TestCliCreate::unknownResourceIsTheProvidersNotFound()
{
    QFETCH(QStringList, args);
    QFETCH(QString, head);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const Run r = run(args);
    QCOMPARE(r.code, 3);
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QString line = QString::fromUtf8(lines.first());
    QVERIFY2(line.contains(head), qPrintable(line));
    QVERIFY2(line.contains(message), qPrintable(line));
    // The provider's code (ECR adds its DynamicCode) and the request id the sandbox answered with.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\\(%1(/[A-Za-z.]+)?, request id ([0-9A-Fa-f-]{8,})\\)")
                               .arg(QRegularExpression::escape(code)))
            .match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY(r.out.isEmpty());
}

void TestCliCreate::erRegionWithoutAProjectIsRefusedBeforeSending()
{
    // mars-1 is not a region of the account: no project there, so nothing to send the create to.
    const Run r = run({QStringLiteral("--sandbox"), QStringLiteral("create"), QStringLiteral("--profile"),
                       QStringLiteral("hw-payments"), QStringLiteral("--service"), QStringLiteral("er"),
                       QStringLiteral("--region"), QStringLiteral("mars-1"), QStringLiteral("--er-id"),
                       QStringLiteral("9a2d0e6c-3c86-4c5e-9d4e-1a2b3c4d5e6f"), QStringLiteral("--name"),
                       QStringLiteral("er-log"), QStringLiteral("--resource-id"), s_erAttachment,
                       QStringLiteral("--log-group-id"), QStringLiteral("0139393c-eeb2-49f0-bbd4-c5faec6b1497"),
                       QStringLiteral("--log-stream-id"), QStringLiteral("d22c3b44-2f71-470f-83f3-96a8af6956ad")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith("region: ") && r.err.contains("mars-1") && r.err.contains("hw-payments"),
             r.err.constData());
    QVERIFY(!r.err.contains("APIGW"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCreate)
#include "tst_cli_create.moc"
