// flowlog-sandbox's Alibaba flow-log lifecycle on the wire (VPC, CEN, ECR): each operation's state machine on the
// sandbox's clock, the errors while a flow log changes state or is already where it was asked to go, unknown ids and
// misspelled actions, modify judged by the core rule table, client tokens (CEN, ECR; VPC has none), ECR's DryRun, and
// faults that lose the answer after the work was done.
#include "apiprobe.h"
#include "sandboxfixture.h"
#include "sandboxprobe.h"
#include "seededids.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

// One product's lifecycle as the providers spell and answer it.
struct Product
{
    Service service;
    QString version;
    QString list;
    QString activate;
    QString deactivate;
    QString remove;
    QString activating; // the Status while activating (deactivating and modifying show the same or their own)
    QString deactivating;
    QString deleting;
    QString notFound;
    QString incorrectStatus;
};

const Product &product(Service s)
{
    static const Product vpc{Service::Vpc,
                             QStringLiteral("2016-04-28"),
                             QStringLiteral("DescribeFlowLogs"),
                             QStringLiteral("ActiveFlowLog"),
                             QStringLiteral("DeactiveFlowLog"),
                             QStringLiteral("DeleteFlowLog"),
                             QStringLiteral("Activating"),
                             QStringLiteral("Deactivating"),
                             QStringLiteral("Deleting"),
                             QStringLiteral("InvalidInstanceId.NotFound"),
                             QStringLiteral("IncorrectStatus.flowlog")};
    static const Product cen{Service::Cen,
                             QStringLiteral("2017-09-12"),
                             QStringLiteral("DescribeFlowlogs"),
                             QStringLiteral("ActiveFlowLog"),
                             QStringLiteral("DeactiveFlowLog"),
                             QStringLiteral("DeleteFlowlog"),
                             QStringLiteral("Modifying"),
                             QStringLiteral("Modifying"),
                             QStringLiteral("Deleting"),
                             QStringLiteral("InvalidFlowlogId.NotFound"),
                             QStringLiteral("IncorrectStatus.TrFlowlog")};
    static const Product ecr{Service::Ecr,
                             QStringLiteral("2023-09-01"),
                             QStringLiteral("DescribeFlowLogs"),
                             QStringLiteral("ActivateFlowLog"),
                             QStringLiteral("DeactivateFlowLog"),
                             QStringLiteral("DeleteFlowlog"),
                             QStringLiteral("Modifying"),
                             QStringLiteral("Modifying"),
                             QStringLiteral("Deleting"),
                             QStringLiteral("ResourceNotFound.FlowLogId"),
                             QStringLiteral("IncorrectStatus.FlowLog")};
    switch (s) {
    case Service::Vpc:
        return vpc;
    case Service::Cen:
        return cen;
    case Service::Ecr:
    case Service::Er:
        break;
    }
    return ecr;
}

using Answer = ApiAnswer;
using Params = QList<std::pair<QString, QString>>;

constexpr int kTransitionMs = 1000;
constexpr int kSettleTimeoutMs = 15000;

} // namespace

class TestSandboxLifecycle final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    QSet<QString> m_taken; // flow logs a test already changed: each test picks its own

    // The parameter naming where a product's flow logs live, for the first account.
    [[nodiscard]] Params scope(Service s) const
    {
        if (s == Service::Ecr)
            return {{QStringLiteral("EcrId"), m_profile.ecrIds.value(0)}};
        return {{QStringLiteral("RegionId"), m_profile.regions.value(0)}};
    }

    Answer call(Service s, const QString &action, const Params &params, const QByteArray &method = "GET")
    {
        return callRpc(m_nam, m_profile, m_sandbox.credentials(m_profile), action, product(s).version, params, method);
    }

    // A lifecycle call on one flow log of the first account (the scope parameter added).
    Answer change(Service s, const QString &action, const QString &id, const Params &extra = {},
                  const QByteArray &method = "GET")
    {
        Params params = scope(s);
        params.append({QStringLiteral("FlowLogId"), id});
        params.append(extra);
        return call(s, action, params, method);
    }

    [[nodiscard]] static QJsonArray rows(const QJsonObject &body)
    {
        const QJsonValue v = body.value(QLatin1String("FlowLogs"));
        return v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("FlowLog")).toArray();
    }

    QList<QJsonObject> listAll(Service s)
    {
        Params params = scope(s);
        params.append(s == Service::Ecr ? std::pair{QStringLiteral("MaxResults"), QStringLiteral("100")}
                                        : std::pair{QStringLiteral("PageSize"), QStringLiteral("50")});
        QList<QJsonObject> out;
        for (const QJsonValue &v : rows(call(s, product(s).list, params).body))
            out.append(v.toObject());
        return out;
    }

    // The flow log as the list shows it now; empty when it is gone.
    QJsonObject flowLog(Service s, const QString &id)
    {
        Params params = scope(s);
        params.append({QStringLiteral("FlowLogId"), id});
        return rows(call(s, product(s).list, params).body).at(0).toObject();
    }

    QString statusOf(Service s, const QString &id) { return flowLog(s, id).value(QLatin1String("Status")).toString(); }

    // A flow log of the first account with this status that no other test has used.
    QString pick(Service s, const QString &status)
    {
        for (const QJsonObject &o : listAll(s)) {
            const QString id = o.value(QLatin1String("FlowLogId")).toString();
            if (o.value(QLatin1String("Status")).toString() == status && !m_taken.contains(id)) {
                m_taken.insert(id);
                return id;
            }
        }
        return {};
    }

    static void addProducts()
    {
        QTest::addColumn<Service>("service");
        QTest::newRow("vpc") << Service::Vpc;
        QTest::newRow("cen") << Service::Cen;
        QTest::newRow("ecr") << Service::Ecr;
    }

    static bool succeeded(Service s, const Answer &a)
    {
        const QJsonValue success = a.body.value(QLatin1String("Success"));
        return a.status == 200 &&
               (s == Service::Ecr ? success == QJsonValue(true) : success == QJsonValue(QStringLiteral("true")));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("60"), QStringLiteral("--seed"),
                             QStringLiteral("11"), QStringLiteral("--transition-ms"), QString::number(kTransitionMs)},
                            &error),
            qPrintable(error));
        m_profile = m_sandbox.profiles(Provider::Aliyun).value(0);
        QVERIFY(!m_profile.ecrIds.isEmpty());
    }

    void deactivateThenActivateWalksTheStateMachine_data() { addProducts(); }
    void deactivateThenActivateWalksTheStateMachine()
    {
        QFETCH(Service, service);
        const Product &p = product(service);
        const QString id = pick(service, QStringLiteral("Active"));
        QVERIFY(!id.isEmpty());

        const Answer off = change(service, p.deactivate, id);
        QVERIFY2(succeeded(service, off), QJsonDocument(off.body).toJson().constData());
        QCOMPARE(statusOf(service, id), p.deactivating);
        // While it changes state, every other change is refused with the provider's code.
        for (const QString &action : {p.deactivate, p.activate, p.remove}) {
            const Answer busy = change(service, action, id);
            QCOMPARE(busy.status, 400);
            QCOMPARE(busy.code(), p.incorrectStatus);
        }
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(service, id), QStringLiteral("Inactive"), kSettleTimeoutMs);
        // Already Inactive: deactivating again is refused the same way.
        QCOMPARE(change(service, p.deactivate, id).code(), p.incorrectStatus);

        QVERIFY(succeeded(service, change(service, p.activate, id)));
        QCOMPARE(statusOf(service, id), p.activating);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(service, id), QStringLiteral("Active"), kSettleTimeoutMs);
    }

    void deleteShowsDeletingThenTheFlowLogIsGone_data() { addProducts(); }
    void deleteShowsDeletingThenTheFlowLogIsGone()
    {
        QFETCH(Service, service);
        const Product &p = product(service);
        const QString id = pick(service, QStringLiteral("Inactive"));
        QVERIFY(!id.isEmpty());
        const QJsonObject before = m_sandbox.stats();

        QVERIFY(succeeded(service, change(service, p.remove, id)));
        QCOMPARE(statusOf(service, id), p.deleting);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("flowLogs")), before.value(QLatin1String("flowLogs")));
        QCOMPARE(change(service, p.remove, id).code(), p.incorrectStatus);
        QTRY_VERIFY_WITH_TIMEOUT(flowLog(service, id).isEmpty(), kSettleTimeoutMs);

        const QJsonObject after = m_sandbox.stats();
        QCOMPARE(after.value(QLatin1String("flowLogs")).toInteger(),
                 before.value(QLatin1String("flowLogs")).toInteger() - 1);
        QCOMPARE(after.value(QLatin1String("deleted")).toInteger(),
                 before.value(QLatin1String("deleted")).toInteger() + 1);
        // Without a client token, a second delete after the first settled finds nothing.
        const Answer again = change(service, p.remove, id);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), p.notFound);
    }

    void modifyChangesAttributesAndKeepsTheStatus_data() { addProducts(); }
    void modifyChangesAttributesAndKeepsTheStatus()
    {
        QFETCH(Service, service);
        const QString id = pick(service, QStringLiteral("Inactive"));
        QVERIFY(!id.isEmpty());
        const QString name = QStringLiteral("renamed-by-lifecycle-test");
        const QString intervalParam =
            service == Service::Vpc ? QStringLiteral("AggregationInterval") : QStringLiteral("Interval");
        const int interval = service == Service::Vpc ? 5 : 60;
        Params changes{{QStringLiteral("FlowLogName"), name},
                       {QStringLiteral("Description"), QStringLiteral("Renamed by the test")},
                       {intervalParam, QString::number(interval)}};
        if (service == Service::Ecr)
            changes.append({QStringLiteral("SamplingRate"), QStringLiteral("1:1024")});
        QVERIFY(succeeded(service, change(service, QStringLiteral("ModifyFlowLogAttribute"), id, changes)));

        QJsonObject o = flowLog(service, id);
        QCOMPARE(o.value(QLatin1String("Status")).toString(), QStringLiteral("Modifying"));
        QCOMPARE(o.value(QLatin1String("FlowLogName")).toString(), name);
        QCOMPARE(o.value(QLatin1String("Description")).toString(), QStringLiteral("Renamed by the test"));
        QCOMPARE(o.value(intervalParam).toInt(), interval);
        QVERIFY(o.value(intervalParam).isDouble()); // the list's type, not the wire's string
        if (service == Service::Ecr)
            QCOMPARE(o.value(QLatin1String("SamplingRate")).toString(), QStringLiteral("1:1024"));
        // It goes back to the status it had, not to Active.
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(service, id), QStringLiteral("Inactive"), kSettleTimeoutMs);
    }

    void modifyRejectsWhatTheRuleTableRejects_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field"); // the rule table's field
        QTest::addColumn<int>("seconds");   // the equivalent draft's interval
        const QString longName(129, QLatin1Char('n'));
        QTest::newRow("vpc name http") << Service::Vpc << "FlowLogName"
                                       << "http://x"
                                       << "name" << 0;
        QTest::newRow("vpc name digit first") << Service::Vpc << "FlowLogName"
                                              << "1abc"
                                              << "name" << 0;
        QTest::newRow("vpc name too long") << Service::Vpc << "FlowLogName" << longName << "name" << 0;
        QTest::newRow("vpc description https") << Service::Vpc << "Description"
                                               << "https://x"
                                               << "description" << 0;
        QTest::newRow("vpc interval 3 min") << Service::Vpc << "AggregationInterval"
                                            << "3"
                                            << "interval" << 180;
        QTest::newRow("vpc interval text") << Service::Vpc << "AggregationInterval"
                                           << "ten"
                                           << "interval" << -1;
        QTest::newRow("cen interval 300") << Service::Cen << "Interval"
                                          << "300"
                                          << "interval" << 300;
        QTest::newRow("cen name too long") << Service::Cen << "FlowLogName" << longName << "name" << 0;
        QTest::newRow("ecr sampling") << Service::Ecr << "SamplingRate"
                                      << "1:99"
                                      << "samplingRate" << 0;
        QTest::newRow("ecr interval 120") << Service::Ecr << "Interval"
                                          << "120"
                                          << "interval" << 120;
        QTest::newRow("ecr description too long")
            << Service::Ecr << "Description" << QString(257, QLatin1Char('d')) << "description" << 0;
    }
    void modifyRejectsWhatTheRuleTableRejects()
    {
        QFETCH(Service, service);
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(int, seconds);
        // The code and message the rule table gives the equivalent draft.
        FlowLogDraft draft;
        draft.service = service;
        draft.intervalSeconds = seconds;
        if (field == QLatin1String("name"))
            draft.name = value;
        else if (field == QLatin1String("description"))
            draft.description = value;
        else if (field == QLatin1String("samplingRate"))
            draft.samplingRate = value;
        Violation expected;
        for (const Violation &v : validateDraft(draft)) {
            if (v.field == field) {
                expected = v;
                break;
            }
        }
        QVERIFY(!expected.providerCode.isEmpty());

        const QJsonObject target = listAll(service).value(0);
        const QString id = target.value(QLatin1String("FlowLogId")).toString();
        const Answer a = change(service, QStringLiteral("ModifyFlowLogAttribute"), id, {{param, value}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), expected.providerCode);
        QCOMPARE(a.body.value(QLatin1String("Message")).toString(), expected.message);
        if (service == Service::Ecr)
            QCOMPARE(a.body.value(QLatin1String("Success")), QJsonValue(false));
        QCOMPARE(flowLog(service, id), target); // nothing changed, not even the status
    }

    void unknownFlowLogIsNotFound_data() { addProducts(); }
    void unknownFlowLogIsNotFound()
    {
        QFETCH(Service, service);
        const Product &p = product(service);
        for (const QString &action : {p.activate, p.deactivate, p.remove, QStringLiteral("ModifyFlowLogAttribute")}) {
            const Answer a = change(service, action, QStringLiteral("flowlog-doesnotexist000"));
            QCOMPARE(a.status, 400);
            QCOMPARE(a.code(), p.notFound);
        }
        if (service == Service::Ecr) {
            const Answer a = change(service, p.remove, QStringLiteral("flowlog-doesnotexist000"));
            QCOMPARE(a.body.value(QLatin1String("DynamicMessage")).toString(),
                     QStringLiteral("The specified resource FlowLogId flowlog-doesnotexist000 is not found."));
            const Answer noEcr = call(service, p.remove,
                                      {{QStringLiteral("EcrId"), QStringLiteral("ecr-notmine")},
                                       {QStringLiteral("FlowLogId"), QStringLiteral("x")}});
            QCOMPARE(noEcr.code(), QStringLiteral("ResourceNotFound.EcrId"));
        } else {
            // A flow log is only found where it lives: another region, or (CEN) another CEN instance.
            const QJsonObject o = listAll(service).value(0);
            const QString id = o.value(QLatin1String("FlowLogId")).toString();
            const Answer elsewhere =
                call(service, p.deactivate,
                     {{QStringLiteral("RegionId"), m_profile.regions.value(1)}, {QStringLiteral("FlowLogId"), id}});
            QCOMPARE(elsewhere.code(), p.notFound);
            if (service == Service::Cen) {
                // The account's other CEN instance holds no such flow log; an instance it does not have is CEN's
                // not-found for the instance (as on create).
                const SeededIds seeded(m_sandbox.resources(m_profile.name));
                const QString other =
                    seeded.cen(0) == o.value(QLatin1String("CenId")).toString() ? seeded.cen(1) : seeded.cen(0);
                QCOMPARE(change(service, p.deactivate, id, {{QStringLiteral("CenId"), other}}).code(), p.notFound);
                const Answer unknown =
                    change(service, p.deactivate, id, {{QStringLiteral("CenId"), QStringLiteral("cen-other")}});
                QCOMPARE(unknown.status, 400);
                QCOMPARE(unknown.code(), QStringLiteral("InvalidCenId.NotFound"));
            }
        }
    }

    void missingParametersAreNamed_data() { addProducts(); }
    void missingParametersAreNamed()
    {
        QFETCH(Service, service);
        const Answer a = call(service, product(service).deactivate, scope(service));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), service == Service::Ecr ? QStringLiteral("MissingParam.FlowLogId")
                                                   : QStringLiteral("MissingParameter"));
        QVERIFY2(a.body.value(QLatin1String(service == Service::Ecr ? "DynamicMessage" : "Message"))
                     .toString()
                     .contains(QLatin1String("FlowLogId")),
                 QJsonDocument(a.body).toJson().constData());
    }

    void misspelledActionsAreUnknown_data()
    {
        QTest::addColumn<Service>("service");
        QTest::addColumn<QString>("action");
        QTest::newRow("cen ActiveFlowlog") << Service::Cen << "ActiveFlowlog";
        QTest::newRow("cen DeactiveFlowlog") << Service::Cen << "DeactiveFlowlog";
        QTest::newRow("cen ModifyFlowlogAttribute") << Service::Cen << "ModifyFlowlogAttribute";
        QTest::newRow("cen DeleteFlowLog") << Service::Cen << "DeleteFlowLog";
        QTest::newRow("ecr DeleteFlowLog") << Service::Ecr << "DeleteFlowLog";
        QTest::newRow("ecr ActiveFlowLog") << Service::Ecr << "ActiveFlowLog";
        QTest::newRow("vpc ActivateFlowLog") << Service::Vpc << "ActivateFlowLog";
        QTest::newRow("vpc DeleteFlowlog") << Service::Vpc << "DeleteFlowlog";
    }
    void misspelledActionsAreUnknown()
    {
        QFETCH(Service, service);
        QFETCH(QString, action);
        const QString id = listAll(service).value(0).value(QLatin1String("FlowLogId")).toString();
        const Answer a = change(service, action, id);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.code(), QStringLiteral("InvalidAction.NotFound"));
    }

    void clientTokenAnswersTheFirstResultAgain_data()
    {
        QTest::addColumn<Service>("service");
        QTest::newRow("cen") << Service::Cen;
        QTest::newRow("ecr") << Service::Ecr;
    }
    void clientTokenAnswersTheFirstResultAgain()
    {
        QFETCH(Service, service);
        const Product &p = product(service);
        const QString id = pick(service, QStringLiteral("Active"));
        const QString other = pick(service, QStringLiteral("Active"));
        QVERIFY(!id.isEmpty() && !other.isEmpty());
        const Params token{{QStringLiteral("ClientToken"), QStringLiteral("lifecycle-token-") + id}};

        const Answer first = change(service, p.deactivate, id, token);
        QVERIFY(succeeded(service, first));
        // A retry with the same token is answered like the first call, not judged again (the log is Modifying now,
        // which would be refused), and changes nothing twice.
        const Answer retry = change(service, p.deactivate, id, token, "POST");
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.body.value(QLatin1String("Success")), first.body.value(QLatin1String("Success")));
        QCOMPARE(statusOf(service, id), p.deactivating);
        // The same token for another request is refused.
        for (const Answer &mismatch :
             {change(service, p.deactivate, other, token), change(service, p.activate, id, token)}) {
            QCOMPARE(mismatch.status, 400);
            QCOMPARE(mismatch.code(), QStringLiteral("IdempotentParameterMismatch"));
        }
        QCOMPARE(statusOf(service, other), QStringLiteral("Active"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(service, id), QStringLiteral("Inactive"), kSettleTimeoutMs);
        // Even once it settled, the token still stands for the first answer.
        QVERIFY(succeeded(service, change(service, p.deactivate, id, token)));
        QCOMPARE(statusOf(service, id), QStringLiteral("Inactive"));
        // Without a token the same call is judged afresh.
        QCOMPARE(change(service, p.deactivate, id).code(), p.incorrectStatus);
    }

    void vpcHasNoClientToken()
    {
        const QString id = pick(Service::Vpc, QStringLiteral("Active"));
        QVERIFY(!id.isEmpty());
        const Params token{{QStringLiteral("ClientToken"), QStringLiteral("vpc-has-none")}};
        QVERIFY(succeeded(Service::Vpc, change(Service::Vpc, QStringLiteral("DeactiveFlowLog"), id, token)));
        // The retry after a lost answer sees the new state.
        QCOMPARE(change(Service::Vpc, QStringLiteral("DeactiveFlowLog"), id, token).code(),
                 QStringLiteral("IncorrectStatus.flowlog"));
    }

    void ecrDryRunChangesNothing()
    {
        const QString id = pick(Service::Ecr, QStringLiteral("Active"));
        QVERIFY(!id.isEmpty());
        const Answer dry = change(Service::Ecr, QStringLiteral("DeactivateFlowLog"), id,
                                  {{QStringLiteral("DryRun"), QStringLiteral("true")}});
        QCOMPARE(dry.status, 200);
        QCOMPARE(dry.code(), QStringLiteral("DryRunOperation"));
        QCOMPARE(statusOf(Service::Ecr, id), QStringLiteral("Active"));
        // A DryRun is checked like the call itself.
        const Answer missing = change(Service::Ecr, QStringLiteral("DeactivateFlowLog"), QStringLiteral("nope"),
                                      {{QStringLiteral("DryRun"), QStringLiteral("true")}});
        QCOMPARE(missing.code(), QStringLiteral("ResourceNotFound.FlowLogId"));
    }

    void createdFlowLogsChangeStateLikeTheOthers()
    {
        // A VPC create is Activating for a while: lifecycle calls wait for it like for any other change.
        const Answer created = call(Service::Vpc, QStringLiteral("CreateFlowLog"),
                                    {{QStringLiteral("RegionId"), m_profile.regions.value(0)},
                                     {QStringLiteral("ResourceType"), QStringLiteral("VPC")},
                                     {QStringLiteral("ResourceId"),
                                      SeededIds(m_sandbox.resources(m_profile.name)).vpc(m_profile.regions.value(0))},
                                     {QStringLiteral("TrafficType"), QStringLiteral("All")},
                                     {QStringLiteral("ProjectName"), QStringLiteral("flowlog-test")},
                                     {QStringLiteral("LogStoreName"), QStringLiteral("vpc-flowlog")}});
        QCOMPARE(created.status, 200);
        const QString id = created.body.value(QLatin1String("FlowLogId")).toString();
        QCOMPARE(statusOf(Service::Vpc, id), QStringLiteral("Activating"));
        QCOMPARE(change(Service::Vpc, QStringLiteral("DeleteFlowLog"), id).code(),
                 QStringLiteral("IncorrectStatus.flowlog"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(Service::Vpc, id), QStringLiteral("Active"), kSettleTimeoutMs);
        QVERIFY(succeeded(Service::Vpc, change(Service::Vpc, QStringLiteral("DeleteFlowLog"), id)));
        QTRY_VERIFY_WITH_TIMEOUT(flowLog(Service::Vpc, id).isEmpty(), kSettleTimeoutMs);
    }

    void resetAfterCommitDoesTheWorkThenDropsTheAnswer()
    {
        const QUrl base = m_sandbox.baseUrl();
        const QString faults = QStringLiteral("/__sandbox/faults");
        const QString cenId = pick(Service::Cen, QStringLiteral("Active"));
        const QString vpcId = pick(Service::Vpc, QStringLiteral("Active"));
        QVERIFY(!cenId.isEmpty() && !vpcId.isEmpty());
        const Params token{{QStringLiteral("ClientToken"), QStringLiteral("lost-answer-") + cenId}};

        QCOMPARE(admin(m_nam, base, "POST", faults, R"({"kind":"reset-after-commit"})").status, 200);
        // POST, so QNetworkAccessManager does not resend it on its own.
        QCOMPARE(change(Service::Cen, QStringLiteral("DeactiveFlowLog"), cenId, token, "POST").status, 0);
        QCOMPARE(change(Service::Vpc, QStringLiteral("DeactiveFlowLog"), vpcId, {}, "POST").status, 0);
        QCOMPARE(admin(m_nam, base, "DELETE", faults).status, 200);

        // Both were carried out.
        QCOMPARE(statusOf(Service::Cen, cenId), QStringLiteral("Modifying"));
        QCOMPARE(statusOf(Service::Vpc, vpcId), QStringLiteral("Deactivating"));
        // CEN: the retry with the token gets the answer that was lost; VPC: the retry sees the new state.
        QVERIFY(succeeded(Service::Cen, change(Service::Cen, QStringLiteral("DeactiveFlowLog"), cenId, token, "POST")));
        QCOMPARE(change(Service::Vpc, QStringLiteral("DeactiveFlowLog"), vpcId, {}, "POST").code(),
                 QStringLiteral("IncorrectStatus.flowlog"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(Service::Cen, cenId), QStringLiteral("Inactive"), kSettleTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(Service::Vpc, vpcId), QStringLiteral("Inactive"), kSettleTimeoutMs);
    }

    void throttlingDoesNoWork()
    {
        const QUrl base = m_sandbox.baseUrl();
        const QString faults = QStringLiteral("/__sandbox/faults");
        const QString id = pick(Service::Ecr, QStringLiteral("Active"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(admin(m_nam, base, "POST", faults, R"({"kind":"throttle"})").status, 200);
        const Answer throttled = change(Service::Ecr, QStringLiteral("DeactivateFlowLog"), id, {}, "POST");
        QCOMPARE(admin(m_nam, base, "DELETE", faults).status, 200);
        QVERIFY(throttled.status == 400 || throttled.status == 429);
        QCOMPARE(throttled.code(), QStringLiteral("Throttling.User"));
        QCOMPARE(statusOf(Service::Ecr, id), QStringLiteral("Active"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"
