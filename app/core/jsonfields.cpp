#include "jsonfields.h"

#include <QJsonValue>

namespace flowlog {

void readStringFields(const QJsonObject &o, std::initializer_list<StringField> fields)
{
    for (const StringField &f : fields)
        *f.field = o.value(f.key).toString();
}

} // namespace flowlog
