#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace flowlog::sandbox {

// Compact JSON for API answers, with the flow log records memoised: a page is mostly records that have not
// changed since the last time they were sent, and QJsonDocument::toJson was a third of the CPU time of a list
// request. A record is recognised by its id ("FlowLogId" / "id") and reused only while it is still the very same
// value (QJsonObject equality, which is a pointer comparison for the shared copy the dataset hands out).
class JsonWriter
{
public:
    // extraKey/extraValue: a string member written as if inserted (the request id), without copying the object.
    [[nodiscard]] QByteArray write(const QJsonObject &object, const QString &extraKey = {},
                                   const QString &extraValue = {});
    // Writes a record into the memo ahead of its first answer; false once the memo is full.
    bool remember(const QJsonObject &record);

private:
    void appendObject(QByteArray &out, const QJsonObject &object);
    void appendValue(QByteArray &out, const QJsonValue &value);
    void appendRecord(QByteArray &out, const QJsonObject &record);

    struct Entry
    {
        QJsonObject record;
        QByteArray json;
    };
    QHash<QString, Entry> m_records;
};

// {key: value} of a QHash or QMap whose values QJsonValue takes.
template<typename Map> [[nodiscard]] QJsonObject toJsonObject(const Map &map)
{
    QJsonObject out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.insert(it.key(), QJsonValue(it.value()));
    return out;
}

} // namespace flowlog::sandbox
