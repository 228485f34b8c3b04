// RequestSlots: the order waiting requests are granted in (rank, then round robin across groups, then arrival),
// the global and per-group limits, withdrawal, dead contexts, suspension and re-entrant release from a grant.
#include "requestslots.h"

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
    void releaseInsideAGrantHandsTheSlotOn();

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

QTEST_GUILESS_MAIN(TestRequestSlots)
#include "tst_requestslots.moc"
