#include "form.h"

#include <algorithm>

namespace flowlog::sandbox {

Pairs decodeForm(const QByteArray &encoded)
{
    Pairs out;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray k = eq < 0 ? part : part.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : part.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(v))});
    }
    return out;
}

QString value(const Pairs &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return {};
}

QStringList values(const Pairs &pairs, const QString &key)
{
    QStringList out;
    for (const auto &[k, v] : pairs) {
        if (k == key)
            out << v;
    }
    return out;
}

bool hasKey(const Pairs &pairs, const QString &key)
{
    return std::any_of(pairs.cbegin(), pairs.cend(), [&key](const auto &p) { return p.first == key; });
}

} // namespace flowlog::sandbox
