// flowlog-iconrender: renders the application's SVG icon to the PNG sizes of the hicolor theme at build time,
// so the PNGs always match the SVG and no generated binaries are committed.
// Usage: flowlog-iconrender SVG OUTDIR SIZE... [--small SVG16 --small-max N]
// Writes OUTDIR/<size>x<size>/apps/flowlog-console.png.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    // A hand-tuned variant drawn on the small pixel grid is used up to --small-max pixels (sharper at 16/32 px).
    QString smallSvg;
    int smallMax = 0;
    for (int i = 0; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--small")) {
            smallSvg = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i) == QLatin1String("--small-max")) {
            smallMax = args.at(i + 1).toInt();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: flowlog-iconrender SVG OUTDIR SIZE... [--small SVG --small-max N]\n");
        return 2;
    }
    QSvgRenderer large(args.at(0));
    QSvgRenderer small(smallSvg.isEmpty() ? args.at(0) : smallSvg);
    if (!large.isValid() || !small.isValid()) {
        std::fprintf(stderr, "flowlog-iconrender: cannot read the SVG\n");
        return 1;
    }
    const QDir out(args.at(1));
    for (const QString &sizeText : args.mid(2)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "flowlog-iconrender: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            (size <= smallMax ? small : large).render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        if (!out.mkpath(dir) || !image.save(out.filePath(dir + QStringLiteral("/flowlog-console.png")))) {
            std::fprintf(stderr, "flowlog-iconrender: cannot write %s\n", qPrintable(out.filePath(dir)));
            return 1;
        }
    }
    return 0;
}
