// The coverage rules of issue 18 (core/coverage, docs/coverage.md): every outcome for each service, what counts as
// watching now, orphans, and the counts.
#include "coverage.h"

#include <QTest>

using namespace flowlog;
using namespace flowlog::coverage;

namespace {

Network vpc(const QString &id, const QStringList &vSwitches)
{
    return Network{QString::fromLatin1(types::vpc), id, id + QStringLiteral("-name"), vSwitches, {}};
}

Watcher on(const QString &id, const char *type, const QString &target, bool watching = true)
{
    return Watcher{id, QString::fromLatin1(type), target, watching};
}

Place vpcPlace()
{
    Place p;
    p.service = Service::Vpc;
    p.networks = {vpc(QStringLiteral("vpc-a"), {QStringLiteral("vsw-a1"), QStringLiteral("vsw-a2")}),
                  vpc(QStringLiteral("vpc-b"), {QStringLiteral("vsw-b1"), QStringLiteral("vsw-b2")}),
                  vpc(QStringLiteral("vpc-c"), {QStringLiteral("vsw-c1")}),
                  vpc(QStringLiteral("vpc-d"), {QStringLiteral("vsw-d1")})};
    for (const QString &m : {QStringLiteral("vsw-a1"), QStringLiteral("vsw-a2")})
        p.vpcOfMember.insert(m, QStringLiteral("vpc-a"));
    for (const QString &m : {QStringLiteral("vsw-b1"), QStringLiteral("vsw-b2"), QStringLiteral("eni-b")})
        p.vpcOfMember.insert(m, QStringLiteral("vpc-b"));
    p.vpcOfMember.insert(QStringLiteral("vsw-c1"), QStringLiteral("vpc-c"));
    p.vpcOfMember.insert(QStringLiteral("eni-d"), QStringLiteral("vpc-d"));
    return p;
}

} // namespace

class TestCoverage final : public QObject
{
    Q_OBJECT

private slots:
    void onlyActiveFlowLogsWatch()
    {
        QVERIFY(watchesNow(Service::Vpc, QStringLiteral("Active"), false));
        QVERIFY(!watchesNow(Service::Vpc, QStringLiteral("Inactive"), true));
        QVERIFY(!watchesNow(Service::Cen, QStringLiteral("Modifying"), true));
        QVERIFY(watchesNow(Service::Ecr, QStringLiteral("Active"), false));
        QVERIFY(watchesNow(Service::Er, QStringLiteral("available"), true));
        QVERIFY(!watchesNow(Service::Er, QStringLiteral("available"), false));
        QVERIFY(!watchesNow(Service::Er, QStringLiteral("pending"), true));
        QCOMPARE(stateName(State::Partial), QStringLiteral("partial"));
    }

    void vpcRules()
    {
        Place p = vpcPlace();
        p.flowLogs = {on(QStringLiteral("fl-1"), types::vSwitch, QStringLiteral("vsw-a1")),
                      on(QStringLiteral("fl-2"), types::vSwitch, QStringLiteral("vsw-a2")),
                      on(QStringLiteral("fl-3"), types::vSwitch, QStringLiteral("vsw-b1")),
                      on(QStringLiteral("fl-4"), types::networkInterface, QStringLiteral("eni-b")),
                      on(QStringLiteral("fl-5"), types::vpc, QStringLiteral("vpc-c"), false),
                      on(QStringLiteral("fl-6"), types::networkInterface, QStringLiteral("eni-d"), false),
                      on(QStringLiteral("fl-7"), types::vpc, QStringLiteral("vpc-gone")),
                      on(QStringLiteral("fl-8"), types::vSwitch, QStringLiteral("vsw-gone"), false),
                      on(QStringLiteral("fl-9"), types::networkInterface, QStringLiteral("eni-gone"))};
        const Assessment a = assess(p);
        QCOMPARE(a.verdicts.size(), 4);
        // Every vSwitch watched: covered.
        QCOMPARE(a.verdicts.at(0).state, State::Covered);
        QCOMPARE(a.verdicts.at(0).flowLogIds, (QStringList{QStringLiteral("fl-1"), QStringLiteral("fl-2")}));
        // Some members watched: partly.
        QCOMPARE(a.verdicts.at(1).state, State::Partial);
        // Only inactive flow logs: uncovered, but they are named.
        QCOMPARE(a.verdicts.at(2).state, State::Uncovered);
        QCOMPARE(a.verdicts.at(2).flowLogIds, QStringList{QStringLiteral("fl-5")});
        QCOMPARE(a.verdicts.at(3).state, State::Uncovered);
        // Unknown targets, whatever their status.
        QCOMPARE(a.orphans, (QList<qsizetype>{6, 7, 8}));

        // A flow log on the VPC itself covers it, whatever its members.
        p.flowLogs.append(on(QStringLiteral("fl-10"), types::vpc, QStringLiteral("vpc-b")));
        QCOMPARE(assess(p).verdicts.at(1).state, State::Covered);
    }

    void cenRules()
    {
        Place p;
        p.service = Service::Cen;
        const auto attachment = [](const QString &id, const QString &router) {
            return Network{QString::fromLatin1(types::trVpcAttachment), id, id, {}, {router, QStringLiteral("cen-1")}};
        };
        p.networks = {attachment(QStringLiteral("tr-attach-1"), QStringLiteral("tr-1")),
                      attachment(QStringLiteral("tr-attach-2"), QStringLiteral("tr-1")),
                      attachment(QStringLiteral("tr-attach-3"), QStringLiteral("tr-2")),
                      attachment(QStringLiteral("tr-attach-4"), QStringLiteral("tr-2"))};
        p.groups = {QStringLiteral("tr-1"), QStringLiteral("tr-2"), QStringLiteral("tr-3"), QStringLiteral("cen-1")};
        p.flowLogs = {on(QStringLiteral("flowlog-1"), "TransitRouter", QStringLiteral("tr-1")),
                      on(QStringLiteral("flowlog-2"), "TransitRouterAttachment", QStringLiteral("tr-attach-3")),
                      on(QStringLiteral("flowlog-3"), "TransitRouterAttachment", QStringLiteral("tr-attach-4"), false),
                      on(QStringLiteral("flowlog-4"), "TransitRouter", QStringLiteral("tr-3")),
                      on(QStringLiteral("flowlog-5"), "TransitRouter", QStringLiteral("tr-gone")),
                      on(QStringLiteral("flowlog-6"), "TransitRouterAttachment", QStringLiteral("tr-attach-gone"))};
        const Assessment a = assess(p);
        QCOMPARE(a.verdicts.at(0).state, State::Covered); // its whole router
        QCOMPARE(a.verdicts.at(1).state, State::Covered);
        QCOMPARE(a.verdicts.at(1).flowLogIds, QStringList{QStringLiteral("flowlog-1")});
        QCOMPARE(a.verdicts.at(2).state, State::Covered); // on it
        QCOMPARE(a.verdicts.at(3).state, State::Uncovered);
        // A router with nothing attached exists: not an orphan. Unknown router or attachment: orphans.
        QCOMPARE(a.orphans, (QList<qsizetype>{4, 5}));
        // A flow log on the whole CEN reaches every attachment of it.
        p.flowLogs.append(on(QStringLiteral("flowlog-7"), "CEN", QStringLiteral("cen-1")));
        QCOMPARE(assess(p).verdicts.at(3).state, State::Covered);
    }

    void vbrAndErAttachmentRules()
    {
        Place ecr;
        ecr.service = Service::Ecr;
        ecr.networks = {Network{QStringLiteral("VBR"), QStringLiteral("vbr-1"), {}, {}, {}},
                        Network{QStringLiteral("VBR"), QStringLiteral("vbr-2"), {}, {}, {}}};
        ecr.flowLogs = {on(QStringLiteral("e-1"), types::vbr, QStringLiteral("vbr-1")),
                        on(QStringLiteral("e-2"), types::vbr, QStringLiteral("vbr-2"), false),
                        on(QStringLiteral("e-3"), types::vbr, QStringLiteral("vbr-x"))};
        Assessment a = assess(ecr);
        QCOMPARE(a.verdicts.at(0).state, State::Covered);
        QCOMPARE(a.verdicts.at(1).state, State::Uncovered);
        QCOMPARE(a.orphans, QList<qsizetype>{2});

        Place er;
        er.service = Service::Er;
        er.networks = {Network{QStringLiteral("attachment"), QStringLiteral("a-1"), {}, {}, {}}};
        er.flowLogs = {on(QStringLiteral("f-1"), types::erAttachment, QStringLiteral("a-1"),
                          watchesNow(Service::Er, QStringLiteral("available"), false)),
                       on(QStringLiteral("f-2"), types::erAttachment, QStringLiteral("a-9"))};
        a = assess(er);
        QCOMPARE(a.verdicts.at(0).state, State::Uncovered); // disabled
        QCOMPARE(a.orphans, QList<qsizetype>{1});

        Counts c;
        c.add(assess(ecr));
        c.add(a);
        QCOMPARE(c, (Counts{3, 1, 0, 2, 2}));
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
