// flowlog-sandbox's Huawei ER flow-log lifecycle on the wire: show by id, update (an unwrapped body judged by the core
// rule table), enable, disable and delete with their state machine (modifying / deleting, then available or 404),
// the errors while a flow log changes state, an empty 202 for delete, the stats by status, and faults that lose an
// answer after the work was done.
#include "apiprobe.h"
#include "sandboxfixture.h"
#include "sandboxprobe.h"
#include "sandboxsettle.h"
#include "seededids.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

using Answer = ApiAnswer;

QJsonObject flowLogOf(const Answer &a)
{
    return a.body.value(QLatin1String("flow_log")).toObject();
}

constexpr int kTransitionMs = 1000;
constexpr int kSettleTimeoutMs = 15000;
constexpr auto kNotFound = "ER.04040002";
constexpr auto kBusy = "ER.04001004";

} // namespace

class TestSandboxErLifecycle final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    Profile m_profile;
    QString m_region;
    QSet<QString> m_taken;

    [[nodiscard]] QString root() const
    {
        return QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs")
            .arg(m_profile.projectIds.value(m_region), m_profile.erIds.value(m_region).value(0));
    }

    Answer send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return callRest(m_nam, m_profile, m_sandbox.credentials(m_profile), method, path, {}, body);
    }

    Answer show(const QString &id) { return send("GET", root() + QLatin1Char('/') + id); }
    QString stateOf(const QString &id) { return flowLogOf(show(id)).value(QLatin1String("state")).toString(); }

    QList<QJsonObject> listAll()
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : send("GET", root()).body.value(QLatin1String("flow_logs")).toArray())
            out.append(v.toObject());
        return out;
    }

    // A flow log in this state (and enabled, unless said otherwise) that no other test has used.
    QString pick(const QString &state, bool enabled = true)
    {
        for (const QJsonObject &o : listAll()) {
            const QString id = o.value(QLatin1String("id")).toString();
            if (o.value(QLatin1String("state")).toString() == state &&
                o.value(QLatin1String("enabled")).toBool() == enabled && !m_taken.contains(id)) {
                m_taken.insert(id);
                return id;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_sandbox.start({QStringLiteral("--flowlogs"), QStringLiteral("60"), QStringLiteral("--seed"),
                             QStringLiteral("5"), QStringLiteral("--transition-ms"), QString::number(kTransitionMs)},
                            &error),
            qPrintable(error));
        m_profile = m_sandbox.profiles(Provider::Huawei).value(0);
        m_region = m_profile.regions.value(0);
        QVERIFY(!m_profile.erIds.value(m_region).isEmpty());
    }

    void showAnswersTheListedFlowLog()
    {
        const QJsonObject listed = listAll().value(7);
        const QString id = listed.value(QLatin1String("id")).toString();
        const Answer a = show(id);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.keys(), (QStringList{QStringLiteral("flow_log"), QStringLiteral("request_id")}));
        QCOMPARE(flowLogOf(a), listed);
        QCOMPARE(a.body.value(QLatin1String("request_id")).toString().toLatin1(), a.requestId);

        const Answer missing = show(QStringLiteral("6f83b848-0000-4000-8000-000000000000"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QLatin1String(kNotFound));
        // Another router's flow log is not found under this one; an unknown router is the router's 404.
        const QString otherRouter = QStringLiteral("/v3/%1/enterprise-router/%2/flow-logs/%3")
                                        .arg(m_profile.projectIds.value(m_region), QStringLiteral("nope"), id);
        QCOMPARE(send("GET", otherRouter).code(), QStringLiteral("ER.04040001"));
    }

    void updateRenamesThroughModifying()
    {
        const QString id = pick(QStringLiteral("available"));
        QVERIFY(!id.isEmpty());
        const Answer a =
            send("PUT", root() + QLatin1Char('/') + id, R"({"name":"renamed-by-test","description":"新的描述"})");
        QCOMPARE(a.status, 200);
        QCOMPARE(flowLogOf(a).value(QLatin1String("name")).toString(), QStringLiteral("renamed-by-test"));
        QCOMPARE(flowLogOf(a).value(QLatin1String("description")).toString(), QStringLiteral("新的描述"));
        QCOMPARE(flowLogOf(a).value(QLatin1String("state")).toString(), QStringLiteral("modifying"));
        QCOMPARE(stateOf(id), QStringLiteral("modifying"));
        // Nothing else may change it meanwhile.
        const Answer busy = send("PUT", root() + QLatin1Char('/') + id, R"({"name":"again"})");
        QCOMPARE(busy.status, 400);
        QCOMPARE(busy.code(), QLatin1String(kBusy));
        QCOMPARE(send("DELETE", root() + QLatin1Char('/') + id).code(), QLatin1String(kBusy));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("available"), kSettleTimeoutMs);
        const QJsonObject settled = flowLogOf(show(id));
        QCOMPARE(settled.value(QLatin1String("name")).toString(), QStringLiteral("renamed-by-test"));
        QVERIFY(settled.value(QLatin1String("updated_at")).toString() >
                flowLogOf(a).value(QLatin1String("updated_at")).toString());
    }

    void updateRejectsWhatTheRuleTableRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // the rule table's field, or empty for a body error (ER.04000003)
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << QByteArray(R"({"name":""})") << QStringLiteral("name") << QString();
        const QString longName(65, QLatin1Char('n'));
        QTest::newRow("name too long") << QStringLiteral(R"({"name":"%1"})").arg(longName).toUtf8()
                                       << QStringLiteral("name") << longName;
        const QString longDescription(256, QLatin1Char('d'));
        QTest::newRow("description too long") << QStringLiteral(R"({"description":"%1"})").arg(longDescription).toUtf8()
                                              << QStringLiteral("description") << longDescription;
        QTest::newRow("wrapped like create") << QByteArray(R"({"flow_log":{"name":"x"}})") << QString() << QString();
        QTest::newRow("number name") << QByteArray(R"({"name":12})") << QString() << QString();
        QTest::newRow("nothing to change") << QByteArray("{}") << QString() << QString();
        QTest::newRow("not json") << QByteArray("{name") << QString() << QString();
    }
    void updateRejectsWhatTheRuleTableRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QString expected = QStringLiteral("ER.04000003");
        if (!field.isEmpty()) {
            FlowLogDraft d;
            d.service = Service::Er;
            (field == QLatin1String("name") ? d.name : d.description) = value;
            for (const Violation &v : validateDraft(d)) {
                if (v.field == field) {
                    expected = v.providerCode;
                    break;
                }
            }
        }
        const QString id = pick(QStringLiteral("available"));
        const QJsonObject before = flowLogOf(show(id));
        const Answer a = send("PUT", root() + QLatin1Char('/') + id, body);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), expected);
        QVERIFY(!a.body.value(QLatin1String("error_msg")).toString().isEmpty());
        QCOMPARE(flowLogOf(show(id)), before);
    }

    void disableThenEnableFlipsEnabled()
    {
        const QString id = pick(QStringLiteral("available"));
        QVERIFY(!id.isEmpty());
        const QString path = root() + QLatin1Char('/') + id;
        const Answer off = send("POST", path + QStringLiteral("/disable"));
        QCOMPARE(off.status, 202);
        QCOMPARE(flowLogOf(off).value(QLatin1String("enabled")), QJsonValue(false));
        QCOMPARE(flowLogOf(off).value(QLatin1String("state")).toString(), QStringLiteral("modifying"));
        QCOMPARE(send("POST", path + QStringLiteral("/enable")).code(), QLatin1String(kBusy));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("available"), kSettleTimeoutMs);
        QCOMPARE(flowLogOf(show(id)).value(QLatin1String("enabled")), QJsonValue(false));
        // Already disabled: refused like a flow log that is busy.
        const Answer again = send("POST", path + QStringLiteral("/disable"));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.code(), QLatin1String(kBusy));

        const Answer on = send("POST", path + QStringLiteral("/enable"));
        QCOMPARE(on.status, 202);
        QCOMPARE(flowLogOf(on).value(QLatin1String("enabled")), QJsonValue(true));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("available"), kSettleTimeoutMs);
        QCOMPARE(flowLogOf(show(id)).value(QLatin1String("enabled")), QJsonValue(true));
    }

    void deleteAnswersAnEmpty202ThenTheFlowLogIsGone()
    {
        const QString id = pick(QStringLiteral("available"));
        QVERIFY(!id.isEmpty());
        const QString path = root() + QLatin1Char('/') + id;
        const qint64 deletedBefore = m_sandbox.stats().value(QLatin1String("deleted")).toInteger();
        const Answer a = send("DELETE", path);
        QCOMPARE(a.status, 202);
        QVERIFY2(a.raw.isEmpty(), a.raw.constData());
        QVERIFY(!a.requestId.isEmpty());
        QCOMPARE(stateOf(id), QStringLiteral("deleting"));
        // Documented: a flow log that is deleting may be deleted again; it is deleted once.
        QCOMPARE(send("DELETE", path).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(show(id).status, 404, kSettleTimeoutMs);
        QCOMPARE(show(id).code(), QLatin1String(kNotFound));
        QCOMPARE(m_sandbox.stats().value(QLatin1String("deleted")).toInteger(), deletedBefore + 1);
        for (const QJsonObject &o : listAll())
            QVERIFY(o.value(QLatin1String("id")).toString() != id);
        QCOMPARE(send("DELETE", path).status, 404);
    }

    void failedFlowLogsMayOnlyBeDeleted()
    {
        const QString id = pick(QStringLiteral("failed"));
        QVERIFY(!id.isEmpty());
        const QString path = root() + QLatin1Char('/') + id;
        QCOMPARE(send("PUT", path, R"({"name":"x"})").code(), QLatin1String(kBusy));
        QCOMPARE(send("POST", path + QStringLiteral("/disable")).code(), QLatin1String(kBusy));
        QCOMPARE(send("DELETE", path).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(show(id).status, 404, kSettleTimeoutMs);
    }

    void createdFlowLogsArePendingThenAvailable()
    {
        const QJsonObject sample = listAll().value(0);
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("flow_log"),
                     QJsonObject{
                         {QStringLiteral("name"), QStringLiteral("fresh")},
                         {QStringLiteral("resource_type"), QStringLiteral("attachment")},
                         {QStringLiteral("resource_id"), SeededIds(m_sandbox.resources(m_profile.name))
                                                             .erAttachment(m_profile.erIds.value(m_region).value(0))},
                         {QStringLiteral("log_store_type"), QStringLiteral("LTS")},
                         {QStringLiteral("log_group_id"), sample.value(QLatin1String("log_group_id"))},
                         {QStringLiteral("log_stream_id"), sample.value(QLatin1String("log_stream_id"))}}}})
                .toJson(QJsonDocument::Compact);
        const Answer created = send("POST", root(), body);
        QCOMPARE(created.status, 202);
        const QString id = flowLogOf(created).value(QLatin1String("id")).toString();
        QCOMPARE(stateOf(id), QStringLiteral("pending"));
        QCOMPARE(send("DELETE", root() + QLatin1Char('/') + id).code(), QLatin1String(kBusy));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), QStringLiteral("available"), kSettleTimeoutMs);
    }

    void statsCountEveryStatusAndDeletions()
    {
        QVERIFY(test::waitUntilSettled(m_sandbox)); // nothing else changes state between the two reads below
        const QJsonObject stats = m_sandbox.stats();
        const QJsonObject byStatus = stats.value(QLatin1String("byStatus")).toObject();
        qint64 sum = 0;
        for (const QJsonValue &v : byStatus)
            sum += v.toInteger();
        QCOMPARE(sum, stats.value(QLatin1String("flowLogs")).toInteger());
        for (const char *status : {"Active", "Inactive", "available", "failed"})
            QVERIFY2(byStatus.value(QLatin1String(status)).toInteger() > 0, status);

        const QString id = pick(QStringLiteral("available"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(send("POST", root() + QLatin1Char('/') + id + QStringLiteral("/disable")).status, 202);
        const QJsonObject during = m_sandbox.stats().value(QLatin1String("byStatus")).toObject();
        QCOMPARE(during.value(QLatin1String("modifying")).toInteger(),
                 byStatus.value(QLatin1String("modifying")).toInteger() + 1);
        QCOMPARE(during.value(QLatin1String("available")).toInteger(),
                 byStatus.value(QLatin1String("available")).toInteger() - 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_sandbox.stats().value(QLatin1String("byStatus")).toObject().value(QLatin1String("available")).toInteger(),
            byStatus.value(QLatin1String("available")).toInteger(), kSettleTimeoutMs);

        // Deleted counts what is gone, since start or reset.
        m_sandbox.resetStats();
        const QString doomed = pick(QStringLiteral("available"));
        QCOMPARE(send("DELETE", root() + QLatin1Char('/') + doomed).status, 202);
        QCOMPARE(m_sandbox.stats().value(QLatin1String("deleted")).toInteger(), 0); // deleting is not gone yet
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.stats().value(QLatin1String("deleted")).toInteger(), 1, kSettleTimeoutMs);
        m_sandbox.resetStats();
        QCOMPARE(m_sandbox.stats().value(QLatin1String("deleted")).toInteger(), 0);
    }

    void resetAfterCommitDeletesAlthoughTheAnswerIsLost()
    {
        const QString id = pick(QStringLiteral("available"));
        QVERIFY(!id.isEmpty());
        const QUrl base = m_sandbox.baseUrl();
        QCOMPARE(
            admin(m_nam, base, "POST", QStringLiteral("/__sandbox/faults"), R"({"kind":"reset-after-commit"})").status,
            200);
        const Answer lost = send("DELETE", root() + QLatin1Char('/') + id);
        QCOMPARE(admin(m_nam, base, "DELETE", QStringLiteral("/__sandbox/faults")).status, 200);
        QCOMPARE(lost.status, 0);
        // The delete went through: a client that reads the state first finds it deleting, then gone.
        const Answer after = show(id);
        QVERIFY2(after.status == 404 || flowLogOf(after).value(QLatin1String("state")) == QLatin1String("deleting"),
                 after.raw.constData());
        QTRY_COMPARE_WITH_TIMEOUT(show(id).status, 404, kSettleTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestSandboxErLifecycle)
#include "tst_sandbox_erlifecycle.moc"
