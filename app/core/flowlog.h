#pragma once

#include "catalog.h"
#include "packedjson.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace flowlog {

struct Tag
{
    QString key;
    QString value;
    friend bool operator==(const Tag &, const Tag &) = default;
};

// Provider-neutral flow log. Strings that repeat across rows (account, region, status) share their data
// through QString's implicit sharing; rawJson keeps the provider's object, compressed, for details and export.
struct FlowLog
{
    QString account;   // profile name
    QString profileId; // stable profile id
    Provider provider = Provider::Aliyun;
    Service service = Service::Vpc;
    QString region;
    QString id;
    QString name;
    QString description;
    QString status;       // provider's value: Active/Inactive/Creating, pending/available/failed ...
    QString resourceType; // NetworkInterface/VSwitch/VPC, VBR, attachment; CEN: TransitRouterAttachment
    QString resourceId;
    QString trafficType;    // VPC All/Allow/Drop
    QString storageProject; // SLS project, or LTS log group id
    QString storageStore;   // SLS logstore, or LTS log stream id
    int intervalSeconds = 0;
    QString samplingRate; // ECR "1:4096"
    QDateTime created;    // UTC
    QList<Tag> tags;
    QString deliverStatus;  // VPC FlowLogDeliverStatus (SUCCESS/FAILED)
    QString deliverMessage; // VPC FlowLogDeliverErrorMessage
    PackedJson rawJson;     // compact JSON of the provider's object, as received

    [[nodiscard]] QJsonObject raw() const;
    // Delivery failed, state failed, or the log is not collecting (Inactive, deleted...).
    [[nodiscard]] bool hasProblem() const;
    [[nodiscard]] QString storageDisplay() const; // "project / logstore"
    [[nodiscard]] QString tagsDisplay() const;    // "k=v, k2=v2"
    // Identity of a row across refreshes.
    [[nodiscard]] QString key() const;
    // Provider-neutral JSON used by export and `flowlog-cli list --format json`.
    [[nodiscard]] QJsonObject toJson() const;
};

// Packs the raw JSON still unpacked (PackedJson::unpacked, as the page parsers leave it) of rows, a service's run
// of at most 50 rows at a time, as one block each: a page's rows side by side pack much smaller than one at a time.
void packRawJson(QList<FlowLog> &rows);

// Parses the date/time formats the providers send: with or without seconds, with or without millis, 'Z' or
// offset. Returns an invalid QDateTime when nothing matches.
[[nodiscard]] QDateTime parseProviderTime(const QString &text);

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::FlowLog)
