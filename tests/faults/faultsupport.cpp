#include "faultsupport.h"

namespace flowlog::test {

QString rowIdentity(const FlowLog &row, const QString &stripPrefix)
{
    QString account = row.account;
    if (!stripPrefix.isEmpty() && account.startsWith(stripPrefix))
        account = account.mid(stripPrefix.size());
    return account + QLatin1Char('|') + serviceKey(row.service) + QLatin1Char('|') + row.region + QLatin1Char('|') +
           row.id;
}

QMap<QString, QByteArray> rowsByIdentity(const SweepOutcome &outcome, const QString &stripPrefix)
{
    QMap<QString, QByteArray> out;
    for (const FlowLog &row : outcome.rows)
        out.insert(rowIdentity(row, stripPrefix), row.rawJson.json());
    return out;
}

QList<Profile> renamedProfiles(const QList<Profile> &profiles, const QString &prefix)
{
    QList<Profile> out;
    for (Profile p : profiles) {
        p.id = prefix + p.id;
        p.name = prefix + p.name;
        out.append(p);
    }
    return out;
}

} // namespace flowlog::test
