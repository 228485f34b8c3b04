// Loop protection of the CEN (PageNumber) and ECR (NextToken) list jobs against a scripted server that
// misbehaves in ways the sandbox does not: repeated tokens, tokens past TotalCount, empty pages, wrong pages.
#include "cenlistjob.h"
#include "ecrlistjob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace flowlog;

namespace {

// Answers the n-th request with the n-th body (HTTP 200, JSON); the last body repeats.
class PageServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageServer)

public:
    explicit PageServer(QList<QByteArray> bodies, QObject *parent = nullptr)
        : QObject(parent)
        , m_bodies(std::move(bodies))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    [[nodiscard]] const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_requests.append(buf.left(buf.indexOf("\r\n")));
        buf.remove(0, end + 4); // GET requests: no body
        const QByteArray body = m_bodies.at(std::min<qsizetype>(m_requests.size() - 1, m_bodies.size() - 1));
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray ecrPage(int firstId, int rows, const QString &token, int total)
{
    QByteArray logs;
    for (int i = 0; i < rows; ++i)
        logs += (i ? "," : "") + QByteArray(R"({"FlowLogId":"ecr-flog-)") + QByteArray::number(firstId + i) + "\"}";
    return R"({"Success":true,"TotalCount":)" + QByteArray::number(total) + R"(,"NextToken":")" + token.toUtf8() +
           R"(","FlowLogs":[)" + logs + "]}";
}

QByteArray cenPage(int pageNumber, int firstId, int rows, int total)
{
    QByteArray logs;
    for (int i = 0; i < rows; ++i)
        logs += (i ? "," : "") + QByteArray(R"({"FlowLogId":"flowlog-)") + QByteArray::number(firstId + i) + "\"}";
    return R"({"Success":"true","PageNumber":")" + QByteArray::number(pageNumber) +
           R"(","PageSize":"2","TotalCount":")" + QByteArray::number(total) + R"(","FlowLogs":{"FlowLog":[)" + logs +
           "]}}";
}

} // namespace

class TestAliyunPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ecrFollowsTokensToTheEnd();
    void ecrRepeatedTokenStopsWithAnError();
    void ecrStopsOnceTotalCountRowsArrived();
    void ecrEmptyPageWithTokenStopsWithAnError();
    void cenFollowsPageNumbersToTotalCount();
    void cenEmptyPageEndsTheListingWhateverTotalCountSays();
    void cenWrongPageNumberIsAnError();

private:
    ListResult run(ListJob &job, int *rowCount);
    SourceSpec source(Service service, const QUrl &url) const;
    QNetworkAccessManager m_nam;
};

SourceSpec TestAliyunPaging::source(Service service, const QUrl &url) const
{
    SourceSpec s;
    s.service = service;
    s.region = QStringLiteral("cn-hangzhou");
    s.instanceId = service == Service::Ecr ? QStringLiteral("ecr-1") : QString();
    s.endpointOverride = url;
    s.pageSize = 2;
    return s;
}

ListResult TestAliyunPaging::run(ListJob &job, int *rowCount)
{
    QSignalSpy pages(&job, &ListJob::pageReceived);
    QSignalSpy finished(&job, &ListJob::finished);
    job.start();
    if (!finished.wait(10000))
        return {};
    *rowCount = 0;
    for (const auto &args : pages)
        *rowCount += static_cast<int>(args.first().value<QList<FlowLog>>().size());
    return finished.first().first().value<ListResult>();
}

void TestAliyunPaging::ecrFollowsTokensToTheEnd()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("t+/=1"), 5), ecrPage(3, 2, QStringLiteral("t+/=2"), 5),
                       ecrPage(5, 1, QString(), 5)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(r.pages, 3);
    QCOMPARE(rows, 5);
    QVERIFY(!server.requests().at(0).contains("NextToken"));
    QVERIFY(server.requests().at(1).contains("NextToken=t%2B%2F%3D1"));
}

void TestAliyunPaging::ecrRepeatedTokenStopsWithAnError()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("same"), 100)}); // every page hands back the same token
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(r.pages, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestAliyunPaging::ecrStopsOnceTotalCountRowsArrived()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("a"), 4), ecrPage(3, 2, QStringLiteral("b"), 4)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY(!r.error.isError());
    QCOMPARE(rows, 4);
    QCOMPARE(server.requests().size(), 2); // the token after the last row is not followed
}

void TestAliyunPaging::ecrEmptyPageWithTokenStopsWithAnError()
{
    PageServer server({ecrPage(1, 2, QStringLiteral("a"), -1), ecrPage(0, 0, QStringLiteral("b"), -1),
                       ecrPage(0, 0, QStringLiteral("c"), -1)});
    EcrListJob job(source(Service::Ecr, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(rows, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestAliyunPaging::cenFollowsPageNumbersToTotalCount()
{
    PageServer server({cenPage(1, 1, 2, 5), cenPage(2, 3, 2, 5), cenPage(3, 5, 1, 5), cenPage(4, 6, 2, 5)});
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.toDisplayString()));
    QCOMPARE(rows, 5);
    QCOMPARE(server.requests().size(), 3); // never asks for a page beyond TotalCount
    QVERIFY(server.requests().at(2).contains("PageNumber=3"));
}

void TestAliyunPaging::cenEmptyPageEndsTheListingWhateverTotalCountSays()
{
    PageServer server({cenPage(1, 1, 2, 100), cenPage(2, 0, 0, 100)});
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QVERIFY(!r.error.isError());
    QCOMPARE(rows, 2);
    QCOMPARE(server.requests().size(), 2);
}

void TestAliyunPaging::cenWrongPageNumberIsAnError()
{
    PageServer server({cenPage(1, 1, 2, 10)}); // always page 1
    CenListJob job(source(Service::Cen, server.url()), {QStringLiteral("ak"), QStringLiteral("sk"), {}}, &m_nam,
                   RetryPolicy{});
    int rows = 0;
    const ListResult r = run(job, &rows);
    QCOMPARE(r.error.kind, ApiError::Kind::Protocol);
    QCOMPARE(server.requests().size(), 2);
}

QTEST_GUILESS_MAIN(TestAliyunPaging)
#include "tst_aliyunpaging.moc"
