// Every flowlog-cli command explains itself: COMMAND --help (and help COMMAND) prints that command's options,
// one line each, and exits 0, whatever else is on the line; the option table the parser uses is the one the help
// prints, so every accepted option is documented.
#include "cliargs.h"
#include "clirun.h"

#include <QRegularExpression>
#include <QTest>

using namespace flowlog;

Q_DECLARE_METATYPE(flowlog::cli::Verb)

class TestCliHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandHelpListsEveryOptionOnALineAndExitsZero_data();
    void commandHelpListsEveryOptionOnALineAndExitsZero();
    void helpWinsOverMissingArguments();
    void createHelpGroupsOptionsByServiceFromTheCatalogue();
    void unknownOptionPointsToTheCommandsHelp();
    void coverageUsageErrorsExitTwo();
};

void TestCliHelp::commandHelpListsEveryOptionOnALineAndExitsZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<cli::Verb>("verb");
    QTest::addColumn<QString>("usage");
    QTest::newRow("list") << QStringList{QStringLiteral("list"), QStringLiteral("--help")} << cli::Verb::List
                          << QStringLiteral("Usage: flowlog-cli [--sandbox] list");
    QTest::newRow("discover") << QStringList{QStringLiteral("discover"), QStringLiteral("--help")}
                              << cli::Verb::Discover << QStringLiteral("Usage: flowlog-cli [--sandbox] discover");
    QTest::newRow("coverage") << QStringList{QStringLiteral("coverage"), QStringLiteral("--help")}
                              << cli::Verb::Coverage << QStringLiteral("Usage: flowlog-cli [--sandbox] coverage");
    QTest::newRow("create") << QStringList{QStringLiteral("create"), QStringLiteral("--help")} << cli::Verb::Create
                            << QStringLiteral("Usage: flowlog-cli [--sandbox] create");
    QTest::newRow("profile add") << QStringList{QStringLiteral("profile"), QStringLiteral("add"),
                                                QStringLiteral("--help")}
                                 << cli::Verb::ProfileAdd << QStringLiteral("Usage: flowlog-cli profile add");
    QTest::newRow("profile list -h") << QStringList{QStringLiteral("profile"), QStringLiteral("list"),
                                                    QStringLiteral("-h")}
                                     << cli::Verb::ProfileList << QStringLiteral("Usage: flowlog-cli profile list");
    QTest::newRow("profile remove") << QStringList{QStringLiteral("profile"), QStringLiteral("remove"),
                                                   QStringLiteral("--help")}
                                    << cli::Verb::ProfileRemove << QStringLiteral("Usage: flowlog-cli profile remove");
    QTest::newRow("profile import") << QStringList{QStringLiteral("profile"), QStringLiteral("import"),
                                                   QStringLiteral("--help")}
                                    << cli::Verb::ProfileImport << QStringLiteral("Usage: flowlog-cli profile import");
    QTest::newRow("help create") << QStringList{QStringLiteral("help"), QStringLiteral("create")} << cli::Verb::Create
                                 << QStringLiteral("Usage: flowlog-cli [--sandbox] create");
    QTest::newRow("--sandbox list --help")
        << QStringList{QStringLiteral("--sandbox"), QStringLiteral("list"), QStringLiteral("--help")} << cli::Verb::List
        << QStringLiteral("Usage: flowlog-cli [--sandbox] list");
}

void TestCliHelp::commandHelpListsEveryOptionOnALineAndExitsZero()
{
    QFETCH(QStringList, args);
    QFETCH(cli::Verb, verb);
    QFETCH(QString, usage);
    const test::CliRun r = test::runCli(args);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(usage), qPrintable(text));
    // Every option the parser accepts has its own line: "  --name VALUE   what it does".
    for (const cli::OptionSpec &o : cli::optionsOf(verb)) {
        const QRegularExpression line(QStringLiteral("^  --%1%2 +\\S.*$")
                                          .arg(QRegularExpression::escape(QString(o.name)),
                                               o.valueName.isEmpty() ? QString() : QStringLiteral(" ") + o.valueName),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(text).hasMatch(), qPrintable(QString(o.name) + QStringLiteral(" missing in:\n") + text));
    }
}

void TestCliHelp::helpWinsOverMissingArguments()
{
    // What used to answer "create needs --profile NAME.".
    for (const QStringList &args :
         {QStringList{QStringLiteral("create"), QStringLiteral("--help")},
          QStringList{QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("nope"),
                      QStringLiteral("--help")},
          QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--help")}}) {
        const test::CliRun r = test::runCli(args);
        QVERIFY2(r.code == 0 && r.out.startsWith("Usage:"), r.err.constData());
    }
    // The parser alone (no process) agrees.
    const cli::Command c =
        cli::parseArguments({QStringLiteral("flowlog-cli"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(c.kind, cli::Command::Kind::Help);
    QVERIFY(c.helpText.contains(QLatin1String("--client-token TOKEN")));
}

void TestCliHelp::createHelpGroupsOptionsByServiceFromTheCatalogue()
{
    const QString text = cli::commandHelp(cli::Verb::Create);
    for (Service s : allServices)
        QVERIFY2(text.contains(QStringLiteral("  %1 (%2").arg(serviceKey(s), serviceDisplayName(s))), qPrintable(text));
    // Required options (the rule table's ".required" rules) are bare; optional ones in brackets.
    QVERIFY(text.contains(QLatin1String(" --cen-id")));
    QVERIFY(text.contains(QLatin1String("[--transit-router-id]")));
    QVERIFY(!text.contains(QLatin1String("--region [--name] [--description] [--tag] [--interval] --project-name "
                                         "--logstore-name --ecr-id"))); // ECR takes no region
    QVERIFY(createFieldApplies(Service::Er, fields::LogGroupId));
    QVERIFY(!createFieldApplies(Service::Er, fields::Tags));
    QVERIFY(!createFieldApplies(Service::Ecr, fields::Region));
}

void TestCliHelp::unknownOptionPointsToTheCommandsHelp()
{
    const test::CliRun r = test::runCli({QStringLiteral("list"), QStringLiteral("--colour")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("colour") && r.err.contains("flowlog-cli list --help"), r.err.constData());
}

void TestCliHelp::coverageUsageErrorsExitTwo()
{
    const auto parse = [](const QStringList &args) {
        return cli::parseArguments(QStringList{QStringLiteral("flowlog-cli"), QStringLiteral("coverage")} + args);
    };
    for (const QStringList &args :
         {QStringList{QStringLiteral("--enable")},
          QStringList{QStringLiteral("--uncovered-only"), QStringLiteral("--orphans")},
          QStringList{QStringLiteral("--format"), QStringLiteral("xml")}, QStringList{QStringLiteral("--yes")},
          QStringList{QStringLiteral("--service"), QStringLiteral("nat")}}) {
        const cli::Command c = parse(args);
        QVERIFY2(c.kind == cli::Command::Kind::Invalid, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(!c.error.isEmpty());
    }
    const cli::Command ok = parse({QStringLiteral("--enable"), QStringLiteral("--template"), QStringLiteral("t.json"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--region"), QStringLiteral("a,b")});
    QCOMPARE(ok.kind, cli::Command::Kind::Coverage);
    QVERIFY(ok.enable && ok.dryRun && !ok.yes);
    QCOMPARE(ok.listRegions, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const test::CliRun r =
        test::runCli({QStringLiteral("coverage"), QStringLiteral("--orphans"), QStringLiteral("--uncovered-only")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
