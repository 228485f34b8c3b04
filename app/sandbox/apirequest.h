#pragma once

#include "form.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace flowlog::sandbox {

// One API request as the provider modules see it (transport details stay in SandboxServer).
struct ApiRequest
{
    QByteArray method;   // "GET", "POST"
    QString path;        // decoded path
    QByteArray rawPath;  // as sent on the wire (percent-encoded), for signature checks
    QByteArray rawQuery; // as sent, without '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString host; // Host header including port

    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

// One answer to one API request, before faults and latency are applied.
struct Reply
{
    int status = 200;
    QJsonObject body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString operation;           // "vpc.DescribeFlowLogs", ... for stats
    bool created = false;        // a flow log was created by this request (stats)
    bool requestIdInBody = true; // false for APIs whose bodies carry no request id (Huawei IAM, Organizations)
    bool emptyBody = false;      // nothing after the headers, not even the request id (Huawei ER DELETE's 202)
};

} // namespace flowlog::sandbox
