// flowlog-cli deactivate / delete (issue 17) against the real sandbox while it loses 30 % of the answers after
// committing them and throttles 20 % of the requests: every chosen flow log changes exactly once, no other changes.
// CliRunner runs in process (a memory credential store holds the sandbox's secrets), the ids come from a real
// `list --format ndjson` output file, as `list ... | delete --from - --yes` would pass them. The sandbox's
// `flowLogs` drops by exactly 40 on delete, and exactly the chosen 40 change status on deactivate (ER ones read
// Inactive in `list` and `list --status Inactive`, their provider state staying "available").
#include "cliargs.h"
#include "clirunner.h"
#include "memorycredentialstore.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"
#include "stdcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace flowlog;

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

} // namespace

class TestCliLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesTheContract();
    void deactivateFortyUnderFaults();
    void deleteFortyUnderFaults();
    void modifyRejectsWhatTheRuleTableRejects();

private:
    // Every flow log now: id -> its JSON (list --format json, no faults).
    QHash<QString, QJsonObject> listAll();
    // Forty Active flow logs spread over every account and service, not in exclude.
    QStringList chooseForty(const QHash<QString, QJsonObject> &all, const QSet<QString> &exclude);
    test::InProcessRun run(const QStringList &arguments, int timeoutMs = 120000);
    static bool isActive(const QJsonObject &f);

    test::SandboxFixture m_sandbox;
    ProfileStore m_profiles;
    MemoryCredentialStore m_credentials;
    QSet<QString> m_used;
};

void TestCliLifecycle::initTestCase()
{
    // The CLI backs off from 20 ms instead of 200 ms (its cap 1 s instead of 10 s): with a third of the answers lost
    // the retry chains otherwise made each run take 6 to 50 s. The sandbox's own Retry-After hints still apply.
    qputenv("FLOWLOG_RETRY_BASE_MS", "20");
    QString error;
    QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("6"), QStringLiteral("--flowlogs"),
                              QStringLiteral("8"), QStringLiteral("--transition-ms"), QStringLiteral("60")},
                             &error),
             qPrintable(error));
    const QList<Profile> profiles = m_sandbox.profiles();
    for (const Profile &p : profiles)
        m_credentials.writeSecret(p.id, m_sandbox.secret(p.id), {}, this, [](const ApiError &) {});
    m_profiles.replaceAll(profiles);
    QTRY_VERIFY(!m_profiles.profiles().isEmpty());
    // The tests compare flow logs' states before and after a command: they begin once the seeded transitional ones
    // have settled (--transition-ms after the start, which the sandbox's "ready" line precedes).
    QVERIFY(test::waitUntilSettled(m_sandbox));
}

test::InProcessRun TestCliLifecycle::run(const QStringList &arguments, int timeoutMs)
{
    const cli::Command command = cli::parseArguments(QStringList{QStringLiteral("flowlog-cli")} + arguments);
    return test::runInProcess(command, &m_profiles, &m_credentials, timeoutMs);
}

bool TestCliLifecycle::isActive(const QJsonObject &f)
{
    // Every service says Active alike; an ER flow log is so when available and enabled (its provider state).
    const bool active = f.value(QLatin1String("status")).toString() == QLatin1String("Active");
    if (active && f.value(QLatin1String("service")).toString() == QLatin1String("er")) {
        const QJsonObject raw = f.value(QLatin1String("raw")).toObject();
        return raw.value(QLatin1String("state")).toString() == QLatin1String("available") &&
               raw.value(QLatin1String("enabled")).toBool();
    }
    return active;
}

QHash<QString, QJsonObject> TestCliLifecycle::listAll()
{
    return test::listAllInProcess(&m_profiles, &m_credentials);
}

QStringList TestCliLifecycle::chooseForty(const QHash<QString, QJsonObject> &all, const QSet<QString> &exclude)
{
    // Round robin over (account, service) so every account and every service is among them.
    QMap<QString, QStringList> byGroup;
    QStringList ids = all.keys();
    std::sort(ids.begin(), ids.end());
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject &f = all.value(id);
        if (isActive(f) && !exclude.contains(id))
            byGroup[f.value(QLatin1String("account")).toString() + QLatin1Char('/') +
                    f.value(QLatin1String("service")).toString()]
                << id;
    }
    QStringList chosen;
    for (int round = 0; chosen.size() < 40 && round < 100; ++round) {
        for (auto it = byGroup.begin(); it != byGroup.end() && chosen.size() < 40; ++it) {
            if (round < it.value().size())
                chosen << it.value().at(round);
        }
    }
    return chosen;
}

void TestCliLifecycle::parsesTheContract()
{
    using cli::Command;
    const auto parse = [](std::initializer_list<const char *> a) {
        return cli::parseArguments(QStringList{QStringLiteral("flowlog-cli")} + words(a));
    };
    QCOMPARE(parse({"delete", "--id", "fl-1"}).kind, Command::Kind::Invalid); // --yes is required
    QCOMPARE(parse({"delete", "--id", "fl-1", "--yes"}).action, LifecycleAction::Delete);
    QCOMPARE(parse({"activate"}).kind, Command::Kind::Invalid);               // no ids
    QCOMPARE(parse({"modify", "--id", "fl-1"}).kind, Command::Kind::Invalid); // nothing to change
    QCOMPARE(parse({"modify", "--id", "x", "--interval", "soon"}).kind, Command::Kind::Invalid);
    const Command c = parse({"deactivate", "--id", "a,b", "--id", "c", "--from", "-", "--profile", "p", "--no-wait",
                             "--dry-run", "--format", "json"});
    QCOMPARE(c.kind, Command::Kind::Lifecycle);
    QCOMPARE(c.action, LifecycleAction::Deactivate);
    QCOMPARE(c.ids, words({"a", "b", "c"}));
    QCOMPARE(c.fromPath, QStringLiteral("-"));
    QVERIFY(c.noWait && c.dryRun);
    QCOMPARE(run(words({"delete", "--id", "fl-1"})).code, 2);
}

void TestCliLifecycle::deactivateFortyUnderFaults()
{
    const QHash<QString, QJsonObject> before = listAll();
    const QStringList chosen = chooseForty(before, m_used);
    QCOMPARE(chosen.size(), 40);
    QSet<QString> services;
    for (const QString &id : chosen)
        services.insert(before.value(id).value(QLatin1String("service")).toString());
    QCOMPARE(services.size(), 4);
    m_used.unite(QSet<QString>(chosen.cbegin(), chosen.cend()));

    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit"), 0.3));
    QVERIFY(m_sandbox.setFault(QStringLiteral("throttle"), 0.2));
    QStringList args{QStringLiteral("deactivate")};
    for (const QString &id : chosen)
        args << QStringLiteral("--id") << id;
    const test::InProcessRun r = run(args);
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed().split('\n').size(), 40);
    const QJsonObject faults = m_sandbox.stats().value(QLatin1String("faults")).toObject();
    QVERIFY2(faults.value(QLatin1String("reset-after-commit")).toInt() > 0, "no answer was lost");

    const QHash<QString, QJsonObject> after = listAll();
    QCOMPARE(after.size(), before.size());
    // `list --status Inactive` finds every one of them, the ER ones too (their state is still "available").
    const test::InProcessRun inactive =
        run({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("Inactive"), QStringLiteral("--format"),
             QStringLiteral("ndjson")});
    QCOMPARE(inactive.code, 0);
    QSet<QString> listedInactive;
    for (const QByteArray &line : inactive.out.trimmed().split('\n'))
        listedInactive.insert(QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString());
    for (const QString &id : chosen)
        QVERIFY2(listedInactive.contains(id), qPrintable(id));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QJsonObject now = after.value(it.key());
        if (chosen.contains(it.key())) {
            QVERIFY2(!isActive(now), qPrintable(it.key()));
            // Inactive for every service: an ER flow log stays "available" at the provider, disabled.
            QVERIFY2(now.value(QLatin1String("status")).toString() == QStringLiteral("Inactive"), qPrintable(it.key()));
            if (now.value(QLatin1String("service")).toString() == QLatin1String("er")) {
                const QJsonObject raw = now.value(QLatin1String("raw")).toObject();
                QCOMPARE(raw.value(QLatin1String("state")).toString(), QStringLiteral("available"));
                QCOMPARE(raw.value(QLatin1String("enabled")).toBool(true), false);
            }
        } else {
            QVERIFY2(now.value(QLatin1String("status")) == it.value().value(QLatin1String("status")) &&
                         isActive(now) == isActive(it.value()),
                     qPrintable(it.key()));
        }
    }
}

void TestCliLifecycle::deleteFortyUnderFaults()
{
    const QHash<QString, QJsonObject> before = listAll();
    const QStringList chosen = chooseForty(before, m_used);
    QCOMPARE(chosen.size(), 40);
    m_used.unite(QSet<QString>(chosen.cbegin(), chosen.cend()));
    // The ids as `list --format ndjson` prints them.
    QTemporaryFile from;
    QVERIFY(from.open());
    for (const QString &id : chosen)
        from.write(QJsonDocument(before.value(id)).toJson(QJsonDocument::Compact) + '\n');
    from.flush();
    const int flowLogsBefore = m_sandbox.stats().value(QLatin1String("flowLogs")).toInt();

    m_sandbox.resetStats();
    QVERIFY(m_sandbox.setFault(QStringLiteral("reset-after-commit"), 0.3));
    QVERIFY(m_sandbox.setFault(QStringLiteral("throttle"), 0.2));
    const test::InProcessRun r =
        run({QStringLiteral("delete"), QStringLiteral("--from"), from.fileName(), QStringLiteral("--yes")});
    QVERIFY(m_sandbox.clearFaults());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(m_sandbox.stats().value(QLatin1String("flowLogs")).toInt(), flowLogsBefore - 40);
    QCOMPARE(m_sandbox.stats().value(QLatin1String("deleted")).toInt(), 40);

    const QHash<QString, QJsonObject> after = listAll();
    QCOMPARE(after.size(), before.size() - 40);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (chosen.contains(it.key()))
            QVERIFY2(!after.contains(it.key()), qPrintable(it.key()));
        else
            QVERIFY2(after.value(it.key()).value(QLatin1String("status")) == it.value().value(QLatin1String("status")),
                     qPrintable(it.key()));
    }
}

void TestCliLifecycle::modifyRejectsWhatTheRuleTableRejects()
{
    const QHash<QString, QJsonObject> all = listAll();
    QString vpcId;
    for (auto it = all.cbegin(); it != all.cend() && vpcId.isEmpty(); ++it) {
        if (it.value().value(QLatin1String("service")).toString() == QLatin1String("vpc") && isActive(it.value()))
            vpcId = it.key();
    }
    QVERIFY(!vpcId.isEmpty());
    m_sandbox.resetStats();
    // An interval VPC does not take: exit 2, the rule table's code, nothing sent.
    const test::InProcessRun bad = run(words({"modify", "--id"}) << vpcId << words({"--interval", "120"}));
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("InvalidParameter.Interval"), bad.err.constData());
    const QJsonObject ops = m_sandbox.stats().value(QLatin1String("byOperation")).toObject();
    QVERIFY2(!ops.contains(QLatin1String("vpc.ModifyFlowLogAttribute")), "a rejected change was sent");
    // A valid one is applied and followed until it settles.
    const test::InProcessRun good =
        run(words({"modify", "--id"}) << vpcId << words({"--name", "renamed-by-cli", "--interval", "300"}));
    QVERIFY2(good.code == 0, good.err.constData());
    const QJsonObject now = listAll().value(vpcId);
    QCOMPARE(now.value(QLatin1String("name")).toString(), QStringLiteral("renamed-by-cli"));
    QCOMPARE(now.value(QLatin1String("intervalSeconds")).toInt(), 300);
    QCOMPARE(now.value(QLatin1String("status")).toString(), QStringLiteral("Active"));
}

QTEST_GUILESS_MAIN(TestCliLifecycle)
#include "tst_cli_lifecycle.moc"
