// RequestSlots: the order waiting requests are granted in (rank, then round robin across groups, then arrival),
// the global and per-group limits, withdrawal, dead contexts, suspension and re-entrant release from a grant;
// releaseAfter (a page's follow-ups compete for its slot) and the rounds a trace shows, identity calls charged to
// the account that signs them included; adaptive limits (AIMD): a throttled answer halves a group's limit once a
// round trip and holds it back for the service's hint, answers that were not throttled raise it again.
#include "requestslots.h"

#include <QElapsedTimer>
#include <QTest>

using namespace flowlog;

class TestRequestSlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsByRankThenRoundRobinAcrossGroups();
    void perGroupLimitDoesNotHoldBackOtherGroups();
    void withdrawnAndDeadRequestsAreNeverGranted();
    void suspendedGateGrantsNothingUntilResumed();
    void aTurnBudgetLetsTheEventLoopInBetweenGrants();
    void releaseInsideAGrantHandsTheSlotOn();
    void releaseAfterGrantsTheFollowUpsByRank();
    void traceCountsRoundsAndTheirMinimum();
    void identityCallsAreChargedToTheSignerAndUnlockTheMember();
    void adaptiveLimitHalvesOnceARoundTripAndRecoversAdditively();
    void aThrottleHintHoldsTheGroupBackUntilItPasses();

private:
    // Acquires for `name`, recording the grant order in m_granted.
    RequestGate::Ticket ask(RequestSlots &gate, const QString &group, int rank, const QString &name,
                            QObject *context = nullptr);
    QStringList m_granted;
    QHash<QString, RequestGate::Ticket> m_tickets;
};

RequestGate::Ticket TestRequestSlots::ask(RequestSlots &gate, const QString &group, int rank, const QString &name,
                                          QObject *context)
{
    const RequestGate::Ticket t =
        gate.acquire(group, rank, context ? context : this, [this, name] { m_granted << name; });
    m_tickets.insert(name, t);
    return t;
}

void TestRequestSlots::grantsByRankThenRoundRobinAcrossGroups()
{
    m_granted.clear();
    RequestSlots gate(1, 1);
    ask(gate, QStringLiteral("p1"), 0, QStringLiteral("busy"));
    QCOMPARE(m_granted, QStringList{QStringLiteral("busy")}); // a free slot is granted at once
    ask(gate, QStringLiteral("a"), 3, QStringLiteral("a-fanned"));
    ask(gate, QStringLiteral("a"), 2, QStringLiteral("a-token"));
    ask(gate, QStringLiteral("a"), 0, QStringLiteral("a-start1"));
    ask(gate, QStringLiteral("a"), 0, QStringLiteral("a-start2"));
    ask(gate, QStringLiteral("b"), 0, QStringLiteral("b-start1"));
    QCOMPARE(gate.waiting(), 5);
    for (const QString &name :
         QStringList{QStringLiteral("busy"), QStringLiteral("a-start1"), QStringLiteral("b-start1"),
                     QStringLiteral("a-start2"), QStringLiteral("a-token")})
        gate.release(m_tickets.value(name));
    QCOMPARE(m_granted,
             (QStringList{QStringLiteral("busy"), QStringLiteral("a-start1"), QStringLiteral("b-start1"),
                          QStringLiteral("a-start2"), QStringLiteral("a-token"), QStringLiteral("a-fanned")}));
    QCOMPARE(gate.peakInFlight(), 1);
}

void TestRequestSlots::perGroupLimitDoesNotHoldBackOtherGroups()
{
    m_granted.clear();
    RequestSlots gate(3, 2);
    for (int i = 0; i < 4; ++i)
        ask(gate, QStringLiteral("big"), 0, QStringLiteral("big%1").arg(i));
    ask(gate, QStringLiteral("small"), 5, QStringLiteral("small"));
    QCOMPARE(m_granted, (QStringList{QStringLiteral("big0"), QStringLiteral("big1"), QStringLiteral("small")}));
    QCOMPARE(gate.inFlight(), 3);
    QCOMPARE(gate.peakInFlightPerGroup(), 2);
    gate.release(m_tickets.value(QStringLiteral("small")));
    QCOMPARE(gate.inFlight(), 2); // "big" is at its own limit: the free slot stays free
    gate.release(m_tickets.value(QStringLiteral("big0")));
    QCOMPARE(m_granted.last(), QStringLiteral("big2"));
    gate.release(m_tickets.value(QStringLiteral("big0"))); // twice: ignored
    QCOMPARE(gate.inFlight(), 2);
}

void TestRequestSlots::withdrawnAndDeadRequestsAreNeverGranted()
{
    m_granted.clear();
    RequestSlots gate(1, 1);
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("busy"));
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("withdrawn"));
    auto context = std::make_unique<QObject>();
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("dead"), context.get());
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("last"));
    gate.release(m_tickets.value(QStringLiteral("withdrawn")));
    context.reset();
    gate.release(m_tickets.value(QStringLiteral("busy")));
    QCOMPARE(m_granted, (QStringList{QStringLiteral("busy"), QStringLiteral("last")}));
    QCOMPARE(gate.inFlight(), 1);
    QCOMPARE(gate.waiting(), 0);
}

void TestRequestSlots::suspendedGateGrantsNothingUntilResumed()
{
    m_granted.clear();
    RequestSlots gate(1, 1);
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("busy"));
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("next"));
    gate.setSuspended(true);
    gate.release(m_tickets.value(QStringLiteral("busy")));
    QCOMPARE(gate.inFlight(), 0);
    QCOMPARE(m_granted.size(), 1);
    gate.setSuspended(false);
    QTRY_COMPARE(m_granted.size(), 2); // resumed from the event loop
    QCOMPARE(m_granted.last(), QStringLiteral("next"));
}

void TestRequestSlots::aTurnBudgetLetsTheEventLoopInBetweenGrants()
{
    // Each grant costs 3 ms (signing and sending, in the console); with a 5 ms budget a pump grants two, then lets
    // what waits in the event loop run: an event posted after the resume is handled before the last grants.
    RequestSlots gate(16, 16);
    gate.setTurnBudgetMs(5);
    gate.setSuspended(true);
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        (void)gate.acquire(QStringLiteral("g"), 0, this, [&order, i] {
            QElapsedTimer cost;
            cost.start();
            while (cost.elapsed() < 3) {
            }
            order << QString::number(i);
        });
    }
    gate.setSuspended(false);
    QMetaObject::invokeMethod(
        this, [&order] { order << QStringLiteral("input"); }, Qt::QueuedConnection);
    QTRY_COMPARE(order.size(), 9);
    QCOMPARE(gate.inFlight(), 8); // every request granted in the end, in order
    const qsizetype input = order.indexOf(QStringLiteral("input"));
    QVERIFY2(input > 0 && input < 8, qPrintable(order.join(u' ')));
    order.removeAt(input);
    QCOMPARE(order, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));

    // Without a budget (the CLI) one pump grants them all before anything else runs.
    RequestSlots unbounded(16, 16);
    unbounded.setSuspended(true);
    QStringList all;
    for (int i = 0; i < 4; ++i)
        (void)unbounded.acquire(QStringLiteral("g"), 0, this, [&all, i] { all << QString::number(i); });
    unbounded.setSuspended(false);
    QMetaObject::invokeMethod(
        this, [&all] { all << QStringLiteral("input"); }, Qt::QueuedConnection);
    QTRY_COMPARE(all.size(), 5);
    QCOMPARE(all.last(), QStringLiteral("input"));
}

void TestRequestSlots::releaseInsideAGrantHandsTheSlotOn()
{
    m_granted.clear();
    RequestSlots gate(1, 1);
    ask(gate, QStringLiteral("g"), 0, QStringLiteral("busy"));
    // A request that turns out unnecessary when granted gives its slot straight back.
    RequestGate::Ticket selfReleasing = 0;
    selfReleasing = gate.acquire(QStringLiteral("g"), 0, this, [&] {
        m_granted << QStringLiteral("unneeded");
        gate.release(selfReleasing);
    });
    ask(gate, QStringLiteral("g"), 1, QStringLiteral("after"));
    gate.release(m_tickets.value(QStringLiteral("busy")));
    QCOMPARE(m_granted, (QStringList{QStringLiteral("busy"), QStringLiteral("unneeded"), QStringLiteral("after")}));
    QCOMPARE(gate.inFlight(), 1);
    QCOMPARE(gate.peakInFlight(), 1);
}

void TestRequestSlots::releaseAfterGrantsTheFollowUpsByRank()
{
    // One slot: "page1" holds it, "other" (rank 3) waits. The answer of page1 names its next page (rank 1).
    for (const bool after : {true, false}) {
        m_granted.clear();
        RequestSlots gate(1, 1);
        const RequestGate::Ticket page1 = ask(gate, QStringLiteral("a"), 0, QStringLiteral("page1"));
        ask(gate, QStringLiteral("b"), 3, QStringLiteral("other"));
        if (after) {
            gate.releaseAfter(page1, [&] { ask(gate, QStringLiteral("a"), 1, QStringLiteral("page2")); });
            QCOMPARE(m_granted, (QStringList{QStringLiteral("page1"), QStringLiteral("page2")}));
        } else {
            // Released first (the schedule before issue 19): the slot goes to what waited at that instant.
            gate.release(page1);
            ask(gate, QStringLiteral("a"), 1, QStringLiteral("page2"));
            QCOMPARE(m_granted, (QStringList{QStringLiteral("page1"), QStringLiteral("other")}));
        }
    }
}

void TestRequestSlots::traceCountsRoundsAndTheirMinimum()
{
    // Two slots, three jobs: a chain of two pages (x1 -> x2) and two single pages (y, z). Granted by rank, x1 and
    // y go first; z (rank 0) then x2 (rank 1) share round 2: two rounds, and two is the minimum (4 requests / 2
    // slots, and the chain).
    m_granted.clear();
    RequestSlots gate(2, 2);
    gate.setTracing(true);
    QObject jobX;
    QObject jobY;
    QObject jobZ;
    gate.setSuspended(true);
    const RequestGate::Ticket x1 = ask(gate, QStringLiteral("g"), -1, QStringLiteral("x1"), &jobX);
    const RequestGate::Ticket y = ask(gate, QStringLiteral("g"), 0, QStringLiteral("y"), &jobY);
    const RequestGate::Ticket z = ask(gate, QStringLiteral("g"), 0, QStringLiteral("z"), &jobZ);
    gate.setSuspended(false);
    QTRY_COMPARE(m_granted.size(), 2);
    RequestGate::Ticket x2 = 0;
    gate.releaseAfter(x1, [&] { x2 = ask(gate, QStringLiteral("g"), 1, QStringLiteral("x2"), &jobX); });
    gate.release(y);
    QCOMPARE(m_granted,
             (QStringList{QStringLiteral("x1"), QStringLiteral("y"), QStringLiteral("z"), QStringLiteral("x2")}));
    gate.release(x2);
    gate.release(z);
    ScheduleRounds r = analyseRounds(gate.trace(), 2, 2);
    QCOMPARE(r.requests, 4);
    QCOMPARE(r.rounds, 2);
    QCOMPARE(r.minimum, 2);
    QCOMPARE(r.perRound, (QList<int>{2, 2}));

    // One slot, two independent requests: the second waits for the first's answer, two rounds, the minimum.
    RequestSlots one(1, 1);
    one.setTracing(true);
    m_granted.clear();
    const RequestGate::Ticket a = ask(one, QStringLiteral("g"), 0, QStringLiteral("a"), &jobX);
    const RequestGate::Ticket b = ask(one, QStringLiteral("g"), 0, QStringLiteral("b"), &jobY);
    one.release(a);
    one.release(b);
    r = analyseRounds(one.trace(), 1, 1);
    QCOMPARE(r.rounds, 2);
    QCOMPARE(r.minimum, 2);
}

void TestRequestSlots::identityCallsAreChargedToTheSignerAndUnlockTheMember()
{
    // A management account "m" (one slot) assumes roles into two members; each member then sends one request of its
    // own. The identity calls count against m: the second waits for the first's answer, and its member's request
    // for the second's. Three rounds, and the trace knows three is the minimum: two calls of m at one a round, and
    // a member's request after each.
    m_granted.clear();
    RequestSlots gate(8, 1);
    gate.setTracing(true);
    QObject assume1;
    QObject assume2;
    QObject member1;
    QObject member2;
    const auto identity = [&](const QString &member, const QString &name, QObject *context) {
        const RequestGate::Ticket t = gate.acquireUnlocking(QStringLiteral("m"), member, RequestGate::identityRank,
                                                            context, [this, name] { m_granted << name; });
        m_tickets.insert(name, t);
        return t;
    };
    const RequestGate::Ticket i1 = identity(QStringLiteral("m~1"), QStringLiteral("i1"), &assume1);
    const RequestGate::Ticket i2 = identity(QStringLiteral("m~2"), QStringLiteral("i2"), &assume2);
    QCOMPARE(m_granted, QStringList{QStringLiteral("i1")}); // m's one slot
    QCOMPARE(gate.peakInFlightPerGroup(), 1);
    RequestGate::Ticket d1 = 0;
    gate.releaseAfter(i1, [&] { d1 = ask(gate, QStringLiteral("m~1"), 0, QStringLiteral("d1"), &member1); });
    QCOMPARE(m_granted, (QStringList{QStringLiteral("i1"), QStringLiteral("i2"), QStringLiteral("d1")}));
    RequestGate::Ticket d2 = 0;
    gate.releaseAfter(i2, [&] { d2 = ask(gate, QStringLiteral("m~2"), 0, QStringLiteral("d2"), &member2); });
    gate.release(d1);
    gate.release(d2);
    QCOMPARE(gate.trace().at(0).group, QStringLiteral("m"));
    QCOMPARE(gate.trace().at(0).unlocks, QStringLiteral("m~1"));
    const ScheduleRounds r = analyseRounds(gate.trace(), 8, 1);
    QCOMPARE(r.requests, 4);
    QCOMPARE(r.rounds, 3);
    QCOMPARE(r.perRound, (QList<int>{1, 2, 1}));
    QCOMPARE(r.minimum, 3); // without unlocks the members' requests would look independent: 2

    // Without the identity calls' link the members' requests depend on nothing: the bound is m's two calls alone.
    QList<TracedRequest> unlinked = gate.trace();
    for (TracedRequest &t : unlinked)
        t.unlocks.clear();
    QCOMPARE(analyseRounds(unlinked, 8, 1).minimum, 2);
}

void TestRequestSlots::adaptiveLimitHalvesOnceARoundTripAndRecoversAdditively()
{
    m_granted.clear();
    RequestSlots gate(16, 4);
    gate.setAdaptive(true);
    gate.setTracing(true);
    const auto t = [this](int i) { return m_tickets.value(QStringLiteral("a%1").arg(i)); };
    for (int i = 0; i < 10; ++i)
        ask(gate, QStringLiteral("a"), 0, QStringLiteral("a%1").arg(i));
    ask(gate, QStringLiteral("b"), 0, QStringLiteral("b0"));
    QCOMPARE(m_granted.size(), 5); // a0..a3, b0

    // Two answers of one round throttled: one cut (4 -> 2); the second was sent at the old limit.
    gate.answered(t(0), true, -1);
    gate.answered(t(1), true, -1);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 2.0);
    QCOMPARE(gate.groupLimit(QStringLiteral("b")), 4.0);
    QCOMPARE(gate.limitCuts().size(), 1);
    QCOMPARE(gate.limitCuts().constFirst().group, QStringLiteral("a"));
    QCOMPARE(gate.limitCuts().constFirst().from, 4.0);
    QCOMPARE(gate.limitCuts().constFirst().to, 2.0);

    // a0 and a1 retry in their slots; a2 and a3 are answered (2 + 1/2 + 1/2.5 = 2.9) and leave: "a" has 2 in
    // flight, floor(2.9) = 2, nothing more is granted.
    gate.answered(t(2), false, -1);
    gate.release(t(2));
    gate.answered(t(3), false, -1);
    gate.release(t(3));
    QCOMPARE(m_granted.size(), 5);
    QVERIFY(qAbs(gate.groupLimit(QStringLiteral("a")) - 2.9) < 1e-9);
    // a0's retry is answered: 2.9 + 1/2.9 = 3.24, one in flight, two more granted.
    gate.answered(t(0), false, -1);
    gate.release(t(0));
    QCOMPARE(m_granted.mid(5), (QStringList{QStringLiteral("a4"), QStringLiteral("a5")}));
    QCOMPARE(gate.inFlight(), 4); // a1, a4, a5, b0

    // a1's retry went after the cut: its throttle cuts again.
    const double before = gate.groupLimit(QStringLiteral("a"));
    gate.answered(t(1), true, -1);
    QCOMPARE(gate.limitCuts().size(), 2);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), before / 2);

    // Back to the configured limit by additive steps, never above it.
    for (int i = 0; i < 20; ++i)
        gate.answered(t(4), false, -1);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 4.0);
    // Never below 1: 4 -> 2 (a4), a5 was sent before that cut, 2 -> 1 (a4's retry), 1 -> 1.
    for (int i = 0; i < 5; ++i)
        gate.answered(t(4 + i % 2), true, -1);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 1.0);

    // Off: throttles change nothing, and what was learnt is forgotten.
    gate.setAdaptive(false);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 4.0);
    gate.answered(t(4), true, 1000);
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 4.0);
}

void TestRequestSlots::aThrottleHintHoldsTheGroupBackUntilItPasses()
{
    m_granted.clear();
    RequestSlots gate(16, 2);
    gate.setAdaptive(true);
    for (const QString &name : {QStringLiteral("a0"), QStringLiteral("a1"), QStringLiteral("a2")})
        ask(gate, QStringLiteral("a"), 0, name);
    ask(gate, QStringLiteral("b"), 0, QStringLiteral("b0"));
    // A long hint: "a" gets nothing while it lasts, even with every slot free; other groups are not held back.
    gate.answered(m_tickets.value(QStringLiteral("a0")), true, 60000);
    gate.answered(m_tickets.value(QStringLiteral("a1")), false, -1); // 1 + 1/1: the limit is back at 2
    gate.release(m_tickets.value(QStringLiteral("a0")));
    gate.release(m_tickets.value(QStringLiteral("a1")));
    QCOMPARE(gate.groupLimit(QStringLiteral("a")), 2.0);
    QVERIFY(!m_granted.contains(QStringLiteral("a2")));
    ask(gate, QStringLiteral("b"), 0, QStringLiteral("b1"));
    QCOMPARE(m_granted.last(), QStringLiteral("b1"));

    // A short hint: the gate's timer grants when it has passed, with no release to prompt it.
    constexpr int hintMs = 300;
    RequestSlots quick(16, 2);
    quick.setAdaptive(true);
    QElapsedTimer clock;
    qint64 grantedAfterMs = -1;
    const RequestGate::Ticket first = quick.acquire(QStringLiteral("a"), 0, this, [] {});
    const RequestGate::Ticket second = quick.acquire(QStringLiteral("a"), 0, this, [] {});
    const RequestGate::Ticket third =
        quick.acquire(QStringLiteral("a"), 0, this, [&] { grantedAfterMs = clock.elapsed(); });
    QCOMPARE(quick.waiting(), 1);
    clock.start();
    quick.answered(first, true, hintMs); // the limit is 1 now
    quick.release(first);
    quick.release(second);
    QTRY_VERIFY_WITH_TIMEOUT(grantedAfterMs >= 0, 30000);
    QVERIFY2(grantedAfterMs >= hintMs, qPrintable(QString::number(grantedAfterMs)));
    QCOMPARE(quick.inFlight(), 1);
    quick.release(third);
}

QTEST_GUILESS_MAIN(TestRequestSlots)
#include "tst_requestslots.moc"
