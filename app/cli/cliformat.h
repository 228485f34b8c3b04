#pragma once

#include "flowlog.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace flowlog::cli {

// Terminal text. Every cell goes through escapeForDisplay(): provider text cannot drive the terminal.

// Whether standard input (output) is a terminal: a prompt may ask for a secret, rows may be shown as they come.
// False where that cannot be known.
[[nodiscard]] bool stdinIsTerminal();
[[nodiscard]] bool stdoutIsTerminal();

// The display width of text on a terminal (East Asian wide characters count 2).
[[nodiscard]] int displayWidth(const QString &text);

// One table line: cells padded to widths (two spaces between columns, the last cell unpadded). A cell wider than
// its column is printed whole and pushes the rest of its line right.
[[nodiscard]] QByteArray tableLine(const QStringList &cells, const QList<int> &widths);

// A plain text table with a header row; columns sized to their widest cell.
[[nodiscard]] QByteArray textTable(const QStringList &header, const QList<QStringList> &rows);

// `flowlog-cli list --format table`, printed as sources finish: the header, then one line per flow log.
class FlowLogTable
{
public:
    // ACCOUNT, SERVICE and REGION fit every planned source (known before any row arrives); ID and RESOURCE fit
    // the id format of the planned services' providers; the other columns have fixed widths.
    FlowLogTable(const QStringList &accounts, const QStringList &regions, const QSet<Service> &services);

    [[nodiscard]] QByteArray header() const;
    [[nodiscard]] QByteArray rows(const QList<FlowLog> &rows) const;

private:
    QList<int> m_widths;
};

} // namespace flowlog::cli
