#pragma once

#include "aliyunapi.h"
#include "apirequest.h"
#include "dataset.h"
#include "huaweiapi.h"
#include "sandboxoptions.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>

class QTcpSocket;

namespace flowlog::sandbox {

// The transport pipeline: routes each request to a provider module, then applies latency and faults, and
// counts what it served. Alibaba RPC on "/", Huawei ER under "/v3/", the sandbox's own "/__sandbox/" paths.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const Options &options, QObject *parent = nullptr);

    [[nodiscard]] Dataset &dataset() { return m_dataset; }
    [[nodiscard]] QJsonObject stats() const;
    void resetStats();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    [[nodiscard]] static ApiRequest toApiRequest(const QHttpServerRequest &request);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, Reply reply);
    [[nodiscard]] QString newRequestId();

    Options m_options;
    Dataset m_dataset;
    AliyunApi m_aliyun;
    HuaweiApi m_huawei;
    quint64 m_requestCounter = 0;
    qint64 m_requests = 0;
    qint64 m_created = 0;
    QHash<QString, qint64> m_byOperation;
};

} // namespace flowlog::sandbox
