// Broken answers fail only their own source: one sweep covers a clean sandbox and a sandbox whose every answer is
// truncated, HTML, type-drifted or paging in a loop. The faulty profile's sources fail (with the HTTP status and
// the request id where the sandbox sends one) or, for drifted types the tolerant readers absorb, complete with
// the right rows; every clean source completes with exactly its rows.
#include "faultsupport.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"

#include <QTest>

#include <algorithm>

using namespace flowlog;

namespace {

const QStringList kData = {QStringLiteral("--seed"), QStringLiteral("11"),         QStringLiteral("--accounts"),
                           QStringLiteral("3"),      QStringLiteral("--flowlogs"), QStringLiteral("120")};
const QString kFaultyPrefix = QStringLiteral("faulty-");

enum class Expect
{
    Fail,        // every source of the faulty profile fails
    FailOrExact, // a source fails, or completes with exactly the clean rows
};

} // namespace

class TestFaultBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokenAnswersFailOnlyTheirSource_data();
    void brokenAnswersFailOnlyTheirSource();

private:
    test::SandboxFixture m_clean;
    test::SweepOutcome m_reference;
};

void TestFaultBodies::initTestCase()
{
    QString error;
    QVERIFY2(m_clean.start(kData, &error), qPrintable(error));
    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    // Compared once the seeded transitional flow logs settled (--transition-ms after start).
    QVERIFY(test::waitUntilSettled(m_clean));
    m_reference = test::runSweep(m_clean, settings);
    QVERIFY(m_reference.finished);
    QVERIFY2(m_reference.failedSources().isEmpty(), qPrintable(m_reference.failedSources().join(u' ')));
    QVERIFY(!m_reference.rows.isEmpty());
}

void TestFaultBodies::brokenAnswersFailOnlyTheirSource_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("expect");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("requestIdSent");
    QTest::newRow("truncate") << QStringLiteral("truncate") << int(Expect::Fail) << int(ApiError::Kind::Parse) << 200
                              << true;
    QTest::newRow("html") << QStringLiteral("html") << int(Expect::Fail) << int(ApiError::Kind::Http) << 502 << false;
    QTest::newRow("type-drift") << QStringLiteral("type-drift") << int(Expect::FailOrExact)
                                << int(ApiError::Kind::Parse) << 200 << true;
    QTest::newRow("token-loop") << QStringLiteral("token-loop") << int(Expect::FailOrExact)
                                << int(ApiError::Kind::Protocol) << 200 << true;
}

void TestFaultBodies::brokenAnswersFailOnlyTheirSource()
{
    QFETCH(QString, fault);
    QFETCH(int, expect);
    QFETCH(int, errorKind);
    QFETCH(int, httpStatus);
    QFETCH(bool, requestIdSent);

    test::SandboxFixture faulty;
    QString error;
    QVERIFY2(faulty.start(kData + QStringList{QStringLiteral("--fault"), fault}, &error), qPrintable(error));
    QVERIFY(test::waitUntilSettled(faulty));
    QList<Profile> profiles = m_clean.profiles();
    const QList<Profile> faultyProfiles = test::renamedProfiles(faulty.profiles(), kFaultyPrefix);
    profiles += faultyProfiles;
    QHash<QString, QString> secrets;
    for (const Profile &p : m_clean.profiles())
        secrets.insert(p.id, m_clean.secret(p.id));
    for (const Profile &p : faulty.profiles())
        secrets.insert(kFaultyPrefix + p.id, faulty.secret(p.id));

    InventorySettings settings;
    settings.retry = test::fastRetryPolicy();
    const test::SweepOutcome outcome = test::runSweep(profiles, secrets, settings);
    QVERIFY(outcome.finished);
    QVERIFY2(outcome.sources.size() == 2 * m_reference.sources.size(),
             qPrintable(QStringLiteral("%1 sources finished, %2 expected; table %3 rows")
                            .arg(outcome.sources.size())
                            .arg(2 * m_reference.sources.size())
                            .arg(outcome.tableRows)));
    QCOMPARE(outcome.tableRows, outcome.rows.size()); // never a duplicate row

    const QMap<QString, QByteArray> reference = test::rowsByIdentity(m_reference);
    int failed = 0;
    for (auto it = outcome.sources.cbegin(); it != outcome.sources.cend(); ++it) {
        const SourceSpec spec = outcome.specs.value(it.key());
        const ListResult &result = it.value();
        const bool isFaulty = spec.profileName.startsWith(kFaultyPrefix);
        if (!isFaulty) {
            // A clean source completes, whatever its neighbours in the sweep do.
            QVERIFY2(!result.error.isError(),
                     qPrintable(it.key() + QLatin1String(": ") + result.error.toDisplayString()));
            continue;
        }
        if (!result.error.isError()) {
            QVERIFY2(expect == int(Expect::FailOrExact), qPrintable(it.key() + QLatin1String(" did not fail")));
            continue;
        }
        ++failed;
        const QString what = it.key() + QLatin1String(": ") + result.error.toDisplayString();
        QVERIFY2(int(result.error.kind) == errorKind, qPrintable(what));
        if (result.error.httpStatus != 0 || errorKind != int(ApiError::Kind::Protocol))
            QVERIFY2(result.error.httpStatus == httpStatus, qPrintable(what));
        if (requestIdSent)
            QVERIFY2(!result.error.requestId.isEmpty(), qPrintable(what));
        QVERIFY2(!result.error.message.isEmpty(), qPrintable(what));
    }
    if (expect == int(Expect::Fail))
        QCOMPARE(failed, m_reference.sources.size());

    // Discovery answers are broken the same way: a faulty account's discovery fails visibly with the same kind of
    // error (and falls back to what its profile names, so the sources above are the clean ones), or, for faults
    // the readers absorb, finds exactly what the clean account finds. Clean accounts find everything.
    QCOMPARE(outcome.accounts.size(), 2 * m_reference.accounts.size());
    for (const DiscoveredAccount &a : outcome.accounts) {
        const bool isFaulty = a.profileName.startsWith(kFaultyPrefix);
        if (!isFaulty) {
            QVERIFY2(a.failures.isEmpty(), qPrintable(a.profileName));
            continue;
        }
        if (expect == int(Expect::Fail))
            QVERIFY2(!a.failures.isEmpty(), qPrintable(a.profileName));
        for (const DiscoveryFailure &f : a.failures) {
            QVERIFY2(int(f.error.kind) == errorKind, qPrintable(a.profileName + u' ' + f.toDisplayString()));
            QVERIFY2(!f.fallback.isEmpty(), qPrintable(f.toDisplayString()));
        }
        if (a.failures.isEmpty()) {
            const auto clean = std::find_if(
                m_reference.accounts.cbegin(), m_reference.accounts.cend(),
                [&a](const DiscoveredAccount &r) { return r.profileName == a.profileName.mid(kFaultyPrefix.size()); });
            QVERIFY(clean != m_reference.accounts.cend());
            QCOMPARE(a.regions, clean->regions);
            QCOMPARE(a.ecrIds, clean->ecrIds);
            QCOMPARE(a.routers.size(), clean->routers.size());
        }
    }

    // Rows: every clean row exactly; the faulty profile's rows only where its source completed, and then exactly.
    QMap<QString, QByteArray> cleanRows, faultyRows;
    for (const FlowLog &row : outcome.rows) {
        if (row.account.startsWith(kFaultyPrefix))
            faultyRows.insert(test::rowIdentity(row, kFaultyPrefix), row.rawJson.json());
        else
            cleanRows.insert(test::rowIdentity(row), row.rawJson.json());
    }
    QCOMPARE(cleanRows, reference);
    // Rows are grouped by account|service|region; several sources (ECR/ER instances) can share a group, and a
    // failed source may have shown its first pages, so only groups whose every source completed are compared.
    const auto groupOf = [](const SourceSpec &spec) {
        return spec.profileName.mid(kFaultyPrefix.size()) + QLatin1Char('|') + serviceKey(spec.service) +
               QLatin1Char('|') + spec.region + QLatin1Char('|');
    };
    QSet<QString> completeGroups, brokenGroups;
    for (auto it = outcome.sources.cbegin(); it != outcome.sources.cend(); ++it) {
        const SourceSpec spec = outcome.specs.value(it.key());
        if (spec.profileName.startsWith(kFaultyPrefix))
            (it.value().error.isError() ? brokenGroups : completeGroups).insert(groupOf(spec));
    }
    completeGroups.subtract(brokenGroups);
    for (const QString &prefix : std::as_const(completeGroups)) {
        QStringList got, want;
        for (auto r = faultyRows.cbegin(); r != faultyRows.cend(); ++r) {
            if (r.key().startsWith(prefix))
                got << r.key();
        }
        for (auto r = reference.cbegin(); r != reference.cend(); ++r) {
            if (r.key().startsWith(prefix))
                want << r.key();
        }
        QCOMPARE(got, want); // a source that completed through drifted types has every row, no more
    }
}

QTEST_GUILESS_MAIN(TestFaultBodies)
#include "tst_fault_bodies.moc"
