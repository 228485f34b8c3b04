#pragma once

#include "flowlog.h"

#include <QTimeZone>

// Hand-made rows for model tests.
namespace flowlog::test {

inline FlowLog makeRow(const QString &account, const QString &id, const QString &name = {})
{
    FlowLog f;
    f.account = account;
    f.profileId = QStringLiteral("pid-") + account;
    f.provider = Provider::Aliyun;
    f.service = Service::Vpc;
    f.region = QStringLiteral("cn-hangzhou");
    f.id = id;
    f.name = name.isEmpty() ? id : name;
    f.status = QStringLiteral("Active");
    f.resourceType = QStringLiteral("VSwitch");
    f.resourceId = QStringLiteral("vsw-") + id;
    f.trafficType = QStringLiteral("All");
    f.storageProject = QStringLiteral("proj");
    f.storageStore = QStringLiteral("store");
    f.intervalSeconds = 600;
    f.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    f.deliverStatus = QStringLiteral("SUCCESS");
    f.rawJson = PackedJson(QByteArray("{\"FlowLogId\":\"") + id.toUtf8() + "\"}", f.service);
    return f;
}

} // namespace flowlog::test
