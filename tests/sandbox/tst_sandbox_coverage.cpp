// flowlog-sandbox's "coverage" in /__sandbox/stats against the rules of issue 18 applied independently, here, to what
// the sandbox's own APIs list (VPCs, vSwitches, transit routers and their attachments, ECR VBRs, ER attachments and
// every flow log), as a client would; the seed gives every outcome; changes to flow logs move the counts.
#include "apiprobe.h"
#include "sandboxfixture.h"
#include "sandboxsettle.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace flowlog;
using namespace flowlog::test;

namespace {

struct Counts
{
    qint64 resources = 0;
    qint64 covered = 0;
    qint64 partial = 0;
    qint64 uncovered = 0;
    qint64 orphans = 0;
    void count(bool isCovered, bool isPartial)
    {
        ++resources;
        ++(isCovered ? covered : isPartial ? partial : uncovered);
    }
    bool operator==(const Counts &) const = default;
};

char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("resources %1 covered %2 partial %3 uncovered %4 orphans %5")
                       .arg(c.resources)
                       .arg(c.covered)
                       .arg(c.partial)
                       .arg(c.uncovered)
                       .arg(c.orphans)
                       .toUtf8()
                       .constData());
}

QString text(const QJsonObject &o, const char *member)
{
    return o.value(QLatin1String(member)).toString();
}

bool active(const QJsonObject &flowLog)
{
    return text(flowLog, "Status") == QLatin1String("Active");
}

const QString vpcVersion = QStringLiteral("2016-04-28");
const QString cenVersion = QStringLiteral("2017-09-12");
const QString ecrVersion = QStringLiteral("2023-09-01");
using Params = QList<std::pair<QString, QString>>;

} // namespace

class TestSandboxCoverage final : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    // What the last count saw, for the tests that change it: the profile, then where and what.
    QList<std::pair<Profile, QStringList>> m_uncoveredVbrs;     // {ecrId, vbrId}
    QList<std::pair<Profile, QStringList>> m_orphanVpcFlowLogs; // {region, flow log id}, settled ones only

    ApiAnswer rpc(const Profile &p, const QString &action, const QString &version, const Params &params)
    {
        return callRpc(m_nam, p, m_sandbox.credentials(p), action, version, params);
    }

    [[nodiscard]] static QJsonArray rowsOf(const QJsonObject &body, const QString &outer, const QString &inner)
    {
        const QJsonValue v = body.value(outer);
        return inner.isEmpty() || v.isArray() ? v.toArray() : v.toObject().value(inner).toArray();
    }

    // Every row of a PageNumber listing, page after page (as DescribeVpcs demands).
    QList<QJsonObject> numbered(const Profile &p, const QString &action, const QString &version, const Params &params,
                                const QString &outer, const QString &inner = {})
    {
        QList<QJsonObject> out;
        for (int page = 1; page < 100; ++page) {
            Params q = params;
            q.append({QStringLiteral("PageSize"), QStringLiteral("50")});
            q.append({QStringLiteral("PageNumber"), QString::number(page)});
            const ApiAnswer a = rpc(p, action, version, q);
            if (a.status != 200)
                return {};
            const QJsonArray rows = rowsOf(a.body, outer, inner);
            for (const QJsonValue &v : rows)
                out.append(v.toObject());
            if (rows.size() < 50)
                break;
        }
        return out;
    }

    // Every row of a NextToken listing.
    QList<QJsonObject> tokened(const Profile &p, const QString &action, const QString &version, const Params &params,
                               const QString &member)
    {
        QList<QJsonObject> out;
        QString token;
        for (int page = 0; page < 100; ++page) {
            Params q = params;
            q.append({QStringLiteral("MaxResults"), QStringLiteral("20")});
            if (!token.isEmpty())
                q.append({QStringLiteral("NextToken"), token});
            const ApiAnswer a = rpc(p, action, version, q);
            if (a.status != 200)
                return {};
            for (const QJsonValue &v : a.body.value(member).toArray())
                out.append(v.toObject());
            token = text(a.body, "NextToken");
            if (token.isEmpty())
                break;
        }
        return out;
    }

    // Every row of a Huawei marker listing.
    QList<QJsonObject> marked(const Profile &p, const QString &path, const QString &member)
    {
        QList<QJsonObject> out;
        QString marker;
        for (int page = 0; page < 100; ++page) {
            Params q{{QStringLiteral("limit"), QStringLiteral("40")}};
            if (!marker.isEmpty())
                q.append({QStringLiteral("marker"), marker});
            const ApiAnswer a = callRest(m_nam, p, m_sandbox.credentials(p), "GET", path, q);
            if (a.status != 200)
                return {};
            for (const QJsonValue &v : a.body.value(member).toArray())
                out.append(v.toObject());
            marker = a.body.value(QLatin1String("page_info")).toObject().value(QLatin1String("next_marker")).toString();
            if (marker.isEmpty())
                break;
        }
        return out;
    }

    void countVpcs(const Profile &p, const QString &region, Counts &c)
    {
        const Params in{{QStringLiteral("RegionId"), region}};
        const QList<QJsonObject> vpcs =
            numbered(p, QStringLiteral("DescribeVpcs"), vpcVersion, in, QStringLiteral("Vpcs"), QStringLiteral("Vpc"));
        QHash<QString, QString> vpcOfSwitch;
        for (const QJsonObject &s : numbered(p, QStringLiteral("DescribeVSwitches"), vpcVersion, in,
                                             QStringLiteral("VSwitches"), QStringLiteral("VSwitch")))
            vpcOfSwitch.insert(text(s, "VSwitchId"), text(s, "VpcId"));
        // Network interfaces have no list here: a VPC's flow logs (DescribeFlowLogs VpcId) say which are in it.
        QHash<QString, QString> vpcOfInterface;
        QSet<QString> vpcIds;
        for (const QJsonObject &vpc : vpcs) {
            vpcIds.insert(text(vpc, "VpcId"));
            for (const QJsonObject &fl :
                 numbered(p, QStringLiteral("DescribeFlowLogs"), vpcVersion,
                          in + Params{{QStringLiteral("VpcId"), text(vpc, "VpcId")}}, QStringLiteral("FlowLogs"))) {
                if (text(fl, "ResourceType") == QLatin1String("NetworkInterface"))
                    vpcOfInterface.insert(text(fl, "ResourceId"), text(vpc, "VpcId"));
            }
        }
        QSet<QString> watchedVpcs;
        QSet<QString> watchedSwitches;
        QSet<QString> partly;
        for (const QJsonObject &fl :
             numbered(p, QStringLiteral("DescribeFlowLogs"), vpcVersion, in, QStringLiteral("FlowLogs"))) {
            const QString type = text(fl, "ResourceType");
            const QString target = text(fl, "ResourceId");
            const bool known = type == QLatin1String("VPC")       ? vpcIds.contains(target)
                               : type == QLatin1String("VSwitch") ? vpcOfSwitch.contains(target)
                                                                  : vpcOfInterface.contains(target);
            if (!known) {
                ++c.orphans;
                if (active(fl) || text(fl, "Status") == QLatin1String("Inactive"))
                    m_orphanVpcFlowLogs.append({p, {region, text(fl, "FlowLogId")}});
            } else if (active(fl) && type == QLatin1String("VPC")) {
                watchedVpcs.insert(target);
            } else if (active(fl)) {
                partly.insert(type == QLatin1String("VSwitch") ? vpcOfSwitch.value(target)
                                                               : vpcOfInterface.value(target));
                if (type == QLatin1String("VSwitch"))
                    watchedSwitches.insert(target);
            }
        }
        for (const QJsonObject &vpc : vpcs) {
            const QJsonArray members =
                vpc.value(QLatin1String("VSwitchIds")).toObject().value(QLatin1String("VSwitchId")).toArray();
            bool every = !members.isEmpty();
            for (const QJsonValue &m : members)
                every = every && watchedSwitches.contains(m.toString());
            c.count(watchedVpcs.contains(text(vpc, "VpcId")) || every, partly.contains(text(vpc, "VpcId")));
        }
    }

    void countAttachments(const Profile &p, const QString &region, Counts &c)
    {
        const Params in{{QStringLiteral("RegionId"), region}};
        QSet<QString> routers;
        for (const QJsonObject &tr :
             numbered(p, QStringLiteral("ListTransitRouters"), cenVersion, in, QStringLiteral("TransitRouters")))
            routers.insert(text(tr, "TransitRouterId"));
        const QList<QJsonObject> attachments = tokened(p, QStringLiteral("ListTransitRouterVpcAttachments"), cenVersion,
                                                       in, QStringLiteral("TransitRouterAttachments")) +
                                               tokened(p, QStringLiteral("ListTransitRouterVbrAttachments"), cenVersion,
                                                       in, QStringLiteral("TransitRouterAttachments"));
        QSet<QString> known;
        for (const QJsonObject &a : attachments)
            known.insert(text(a, "TransitRouterAttachmentId"));
        QSet<QString> watched;
        QSet<QString> wholeRouters;
        for (const QJsonObject &fl : numbered(p, QStringLiteral("DescribeFlowlogs"), cenVersion, in,
                                              QStringLiteral("FlowLogs"), QStringLiteral("FlowLog"))) {
            const QString attachment = text(fl, "TransitRouterAttachmentId");
            if (attachment.isEmpty() ? !routers.contains(text(fl, "TransitRouterId")) : !known.contains(attachment))
                ++c.orphans;
            else if (active(fl) && attachment.isEmpty())
                wholeRouters.insert(text(fl, "TransitRouterId"));
            else if (active(fl))
                watched.insert(attachment);
        }
        for (const QJsonObject &a : attachments)
            c.count(watched.contains(text(a, "TransitRouterAttachmentId")) ||
                        wholeRouters.contains(text(a, "TransitRouterId")),
                    false);
    }

    void countVbrs(const Profile &p, const QString &ecrId, Counts &c)
    {
        const Params in{{QStringLiteral("EcrId"), ecrId}};
        QSet<QString> known;
        const QList<QJsonObject> vbrs = tokened(p, QStringLiteral("DescribeExpressConnectRouterChildInstance"),
                                                ecrVersion, in, QStringLiteral("ChildInstanceList"));
        for (const QJsonObject &v : vbrs)
            known.insert(text(v, "ChildInstanceId"));
        QSet<QString> watched;
        for (const QJsonObject &fl :
             tokened(p, QStringLiteral("DescribeFlowLogs"), ecrVersion, in, QStringLiteral("FlowLogs"))) {
            if (!known.contains(text(fl, "InstanceId")))
                ++c.orphans;
            else if (active(fl))
                watched.insert(text(fl, "InstanceId"));
        }
        for (const QJsonObject &v : vbrs) {
            c.count(watched.contains(text(v, "ChildInstanceId")), false);
            if (!watched.contains(text(v, "ChildInstanceId")))
                m_uncoveredVbrs.append({p, {ecrId, text(v, "ChildInstanceId")}});
        }
    }

    void countErAttachments(const Profile &p, Counts &c)
    {
        for (auto it = p.erIds.cbegin(); it != p.erIds.cend(); ++it) {
            for (const QString &erId : it.value()) {
                const QString root =
                    QStringLiteral("/v3/%1/enterprise-router/%2/").arg(p.projectIds.value(it.key()), erId);
                const QList<QJsonObject> attachments =
                    marked(p, root + QStringLiteral("attachments"), QStringLiteral("attachments"));
                QSet<QString> known;
                for (const QJsonObject &a : attachments)
                    known.insert(text(a, "id"));
                QSet<QString> watched;
                for (const QJsonObject &fl :
                     marked(p, root + QStringLiteral("flow-logs"), QStringLiteral("flow_logs"))) {
                    if (!known.contains(text(fl, "resource_id")))
                        ++c.orphans;
                    else if (fl.value(QLatin1String("enabled")).toBool() &&
                             text(fl, "state") == QLatin1String("available"))
                        watched.insert(text(fl, "resource_id"));
                }
                for (const QJsonObject &a : attachments)
                    c.count(watched.contains(text(a, "id")), false);
            }
        }
    }

    // The issue-18 rules applied to everything the APIs list, for every account.
    Counts countFromTheApis()
    {
        m_uncoveredVbrs.clear();
        m_orphanVpcFlowLogs.clear();
        Counts c;
        for (const Profile &p : m_sandbox.profiles(Provider::Aliyun)) {
            for (const QString &region : p.regions) {
                countVpcs(p, region, c);
                countAttachments(p, region, c);
            }
            for (const QString &ecrId : p.ecrIds)
                countVbrs(p, ecrId, c);
        }
        for (const Profile &p : m_sandbox.profiles(Provider::Huawei))
            countErAttachments(p, c);
        return c;
    }

    Counts countFromStats()
    {
        const QJsonObject o = m_sandbox.stats().value(QLatin1String("coverage")).toObject();
        return {o.value(QLatin1String("resources")).toInteger(), o.value(QLatin1String("covered")).toInteger(),
                o.value(QLatin1String("partial")).toInteger(), o.value(QLatin1String("uncovered")).toInteger(),
                o.value(QLatin1String("orphans")).toInteger()};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({QStringLiteral("--accounts"), QStringLiteral("3"), QStringLiteral("--flowlogs"),
                                  QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("9"),
                                  QStringLiteral("--transition-ms"), QStringLiteral("200")},
                                 &error),
                 qPrintable(error));
        QVERIFY(test::waitUntilSettled(m_sandbox));
    }

    void statsAgreeWithTheRulesAppliedToTheApis()
    {
        const Counts fromApis = countFromTheApis();
        QCOMPARE(countFromStats(), fromApis);
        // The seed gives every outcome.
        QVERIFY(fromApis.covered > 0);
        QVERIFY(fromApis.partial > 0);
        QVERIFY(fromApis.uncovered > 0);
        QVERIFY(fromApis.orphans > 0);
        QCOMPARE(fromApis.covered + fromApis.partial + fromApis.uncovered, fromApis.resources);
    }

    void membersAndSpreadRegionsHaveNetworks()
    {
        // Every region and every organisation member seeded (the lists grow the store: nothing may dangle).
        SandboxFixture spread;
        QString error;
        QVERIFY2(spread.start({QStringLiteral("--org-members"), QStringLiteral("6"), QStringLiteral("--regions-spread"),
                               QStringLiteral("--flowlogs"), QStringLiteral("2")},
                              &error),
                 qPrintable(error));
        const QJsonObject c = spread.stats().value(QLatin1String("coverage")).toObject();
        const QJsonObject mine = m_sandbox.stats().value(QLatin1String("coverage")).toObject();
        QVERIFY(c.value(QLatin1String("resources")).toInt() > 4 * mine.value(QLatin1String("resources")).toInt());
        QCOMPARE(c.value(QLatin1String("covered")).toInt() + c.value(QLatin1String("partial")).toInt() +
                     c.value(QLatin1String("uncovered")).toInt(),
                 c.value(QLatin1String("resources")).toInt());
        QVERIFY(c.value(QLatin1String("orphans")).toInt() > 0);
    }

    void aFlowLogOnAnUncoveredVbrCoversIt()
    {
        const Counts before = countFromTheApis();
        QVERIFY(!m_uncoveredVbrs.isEmpty());
        const auto [p, target] = m_uncoveredVbrs.first();
        // ECR flow logs are Active once created.
        const ApiAnswer created =
            callRpc(m_nam, p, m_sandbox.credentials(p), QStringLiteral("CreateFlowLog"), ecrVersion,
                    {{QStringLiteral("EcrId"), target.at(0)},
                     {QStringLiteral("InstanceType"), QStringLiteral("VBR")},
                     {QStringLiteral("InstanceId"), target.at(1)},
                     {QStringLiteral("ProjectName"), QStringLiteral("coverage-test")},
                     {QStringLiteral("LogStoreName"), QStringLiteral("ecr-flowlog")}},
                    "POST");
        QCOMPARE(created.status, 200);
        Counts expected = before;
        ++expected.covered;
        --expected.uncovered;
        QCOMPARE(countFromStats(), expected);
        QCOMPARE(countFromTheApis(), expected);
    }

    void deletingAnOrphanLeavesOneOrphanLess()
    {
        const Counts before = countFromTheApis();
        QVERIFY(!m_orphanVpcFlowLogs.isEmpty());
        const auto [p, target] = m_orphanVpcFlowLogs.first();
        const ApiAnswer deleted =
            callRpc(m_nam, p, m_sandbox.credentials(p), QStringLiteral("DeleteFlowLog"), vpcVersion,
                    {{QStringLiteral("RegionId"), target.at(0)}, {QStringLiteral("FlowLogId"), target.at(1)}});
        QCOMPARE(deleted.status, 200);
        Counts expected = before;
        --expected.orphans;
        QTRY_COMPARE_WITH_TIMEOUT(countFromStats(), expected, 10000);
        QCOMPARE(countFromTheApis(), expected);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCoverage)
#include "tst_sandbox_coverage.moc"
