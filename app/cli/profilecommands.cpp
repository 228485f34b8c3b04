// flowlog-cli profile add | list | remove | import.
#include "cliformat.h"
#include "clirunner.h"

#include <cstdio>

namespace flowlog::cli {

void CliRunner::runProfileAdd()
{
    printError(tr("profile add is not available yet."));
    finish(2);
}

void CliRunner::runProfileList()
{
    QList<QStringList> rows;
    for (const Profile &p : m_profiles->profiles())
        rows << QStringList{p.name, providerKey(p.provider), p.accessKeyId, p.effectiveRegions().join(QLatin1Char(',')),
                            p.endpoint.toString()};
    const QByteArray text = textTable({QStringLiteral("NAME"), QStringLiteral("PROVIDER"), QStringLiteral("ACCESS KEY ID"),
                                       QStringLiteral("REGIONS"), QStringLiteral("ENDPOINT")},
                                      rows);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    finish(0);
}

void CliRunner::runProfileRemove()
{
    printError(tr("profile remove is not available yet."));
    finish(2);
}

void CliRunner::runProfileImport()
{
    printError(tr("profile import is not available yet."));
    finish(2);
}

} // namespace flowlog::cli
