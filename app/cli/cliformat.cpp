#include "cliformat.h"

#include "flowlogstatus.h"
#include "textsafety.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace flowlog::cli {

namespace {

bool isWide(char16_t c)
{
    return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60));
}

} // namespace

#ifdef Q_OS_UNIX
bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}
#else
bool stdinIsTerminal()
{
    return false;
}

bool stdoutIsTerminal()
{
    return false;
}
#endif

namespace {

const QStringList &flowLogHeader()
{
    static const QStringList h = {QStringLiteral("ACCOUNT"),  QStringLiteral("SERVICE"), QStringLiteral("REGION"),
                                  QStringLiteral("NAME"),     QStringLiteral("ID"),      QStringLiteral("STATUS"),
                                  QStringLiteral("RESOURCE"), QStringLiteral("STORAGE"), QStringLiteral("INTERVAL"),
                                  QStringLiteral("CREATED")};
    return h;
}

// Widths of NAME, STATUS, STORAGE, INTERVAL: what the providers' usual values need. ID and RESOURCE follow the
// providers' id formats (Alibaba ids are 20-30 characters, Huawei's 36-character UUIDs). CREATED is last, unpadded.
constexpr int nameWidth = 24;
constexpr int statusWidth = 12;
constexpr int storageWidth = 40;
constexpr int intervalWidth = 8;

int idWidth(Provider p)
{
    switch (p) {
    case Provider::Aliyun:
        return 30;
    case Provider::Huawei:
        return 36;
    }
    return 0;
}

QStringList rowCells(const FlowLog &f)
{
    return {f.account,
            serviceKey(f.service),
            f.region,
            f.name,
            f.id,
            f.deliverStatus == QLatin1String("FAILED") ? f.status + QStringLiteral(" (delivery FAILED)")
                                                       : shownStatus(f),
            f.resourceId,
            f.storageDisplay(),
            f.intervalSeconds > 0 ? QString::number(f.intervalSeconds) + QLatin1Char('s') : QString(),
            f.created.isValid() ? f.created.toString(Qt::ISODate) : QString()};
}

int widest(const QString &title, const QStringList &values)
{
    int w = displayWidth(title);
    for (const QString &v : values)
        w = std::max(w, displayWidth(escapeForDisplay(v)));
    return w;
}

} // namespace

int displayWidth(const QString &text)
{
    int w = 0;
    for (const QChar c : text)
        w += isWide(c.unicode()) ? 2 : (c.isLowSurrogate() ? 0 : 1);
    return w;
}

QByteArray tableLine(const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString cell = escapeForDisplay(cells.at(i));
        line += cell;
        if (i + 1 < cells.size())
            line += QString(std::max(0, widths.value(i) - displayWidth(cell)) + 2, QLatin1Char(' '));
    }
    return (line + QLatin1Char('\n')).toUtf8();
}

QByteArray textTable(const QStringList &head, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : head)
        widths << displayWidth(h);
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), displayWidth(escapeForDisplay(r.at(i))));
    }
    QByteArray out = tableLine(head, widths);
    for (const QStringList &r : rows)
        out += tableLine(r, widths);
    return out;
}

FlowLogTable::FlowLogTable(const QStringList &accounts, const QStringList &regions, const QSet<Service> &services)
{
    QStringList keys;
    int ids = 0;
    for (Service s : services) {
        keys << serviceKey(s);
        ids = std::max(ids, idWidth(providerOf(s)));
    }
    const QStringList &h = flowLogHeader();
    m_widths = {widest(h.at(0), accounts),
                widest(h.at(1), keys),
                widest(h.at(2), regions),
                nameWidth,
                ids,
                statusWidth,
                ids,
                storageWidth,
                intervalWidth,
                0};
}

QByteArray FlowLogTable::header() const
{
    return tableLine(flowLogHeader(), m_widths);
}

QByteArray FlowLogTable::rows(const QList<FlowLog> &rows) const
{
    QByteArray out;
    for (const FlowLog &f : rows)
        out += tableLine(rowCells(f), m_widths);
    return out;
}

} // namespace flowlog::cli
