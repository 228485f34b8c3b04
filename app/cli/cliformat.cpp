#include "cliformat.h"


namespace flowlog::cli {

namespace {

int displayWidth(const QString &s)
{
    int w = 0;
    for (const QChar c : s)
        w += (c.unicode() >= 0x1100 && (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF) ||
                                        (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) ||
                                        (c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF) ||
                                        (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)))
                 ? 2
                 : (c.isLowSurrogate() ? 0 : 1);
    return w;
}

QStringList rowCells(const FlowLog &f)
{
    return {f.account,
            serviceKey(f.service),
            f.region,
            f.name,
            f.id,
            f.deliverStatus == QLatin1String("FAILED") ? f.status + QStringLiteral(" (delivery FAILED)") : f.status,
            f.resourceId,
            f.storageDisplay(),
            f.intervalSeconds > 0 ? QString::number(f.intervalSeconds) + QLatin1Char('s') : QString(),
            f.created.isValid() ? f.created.toString(Qt::ISODate) : QString()};
}

const QStringList &header()
{
    static const QStringList h = {QStringLiteral("ACCOUNT"), QStringLiteral("SERVICE"), QStringLiteral("REGION"),
                                  QStringLiteral("NAME"),    QStringLiteral("ID"),      QStringLiteral("STATUS"),
                                  QStringLiteral("RESOURCE"), QStringLiteral("STORAGE"), QStringLiteral("INTERVAL"),
                                  QStringLiteral("CREATED")};
    return h;
}

} // namespace

QByteArray textTable(const QStringList &head, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : head)
        widths << displayWidth(h);
    for (const QStringList &r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(r.at(i)));
    }
    QString out;
    const auto line = [&](const QStringList &cells) {
        QString l;
        for (int i = 0; i < cells.size(); ++i) {
            l += cells.at(i);
            if (i + 1 < cells.size())
                l += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, QLatin1Char(' '));
        }
        out += l + QLatin1Char('\n');
    };
    line(head);
    for (const QStringList &r : rows)
        line(r);
    return out.toUtf8();
}

QByteArray formatTable(const QList<FlowLog> &rows)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const FlowLog &f : rows)
        cells << rowCells(f);
    return textTable(header(), cells);
}

} // namespace flowlog::cli
