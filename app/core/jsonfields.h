#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <initializer_list>

namespace flowlog {

// The files flowlog writes itself (results cache, pending-create state) keep their text fields as plain JSON strings.
// Reading one is a table of key and field, so a new field is one line; a missing or non-string value reads as empty
// (a damaged entry is then rejected by its reader's own checks, e.g. an empty id).
struct StringField
{
    QLatin1StringView key;
    QString *field;
};

void readStringFields(const QJsonObject &o, std::initializer_list<StringField> fields);

} // namespace flowlog
