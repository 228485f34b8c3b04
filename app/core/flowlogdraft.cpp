#include "flowlogdraft.h"

namespace flowlog {

const QString &FlowLogDraft::ensureClientToken()
{
    if (clientToken.isEmpty())
        clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return clientToken;
}

int parseIntervalSeconds(const QString &text)
{
    QString t = text.trimmed().toLower();
    int factor = 1;
    if (t.endsWith(QLatin1Char('m'))) {
        factor = 60;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
    }
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok || value <= 0)
        return -1;
    return value * factor;
}

} // namespace flowlog
