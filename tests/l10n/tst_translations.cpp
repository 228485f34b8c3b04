// The embedded catalogues: the .qm resources exist, installTranslators() loads the right one for a language,
// Qt's own zh_CN catalogue is found, and every finished zh_CN translation keeps its source's placeholders.
#include "translators.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void catalogueIsEmbeddedAsResource_data();
    void catalogueIsEmbeddedAsResource();
    void languageSelectsCatalogue_data();
    void languageSelectsCatalogue();
    void qtOwnChineseCatalogueIsLoaded();
    void translationsKeepPlaceholdersAndAccelerators();
};

namespace {

// %1..%99 and %n, sorted, so "%2 … %1" in Chinese word order still matches.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    std::sort(out.begin(), out.end());
    return out;
}

bool hasAccelerator(const QString &text)
{
    return text.contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
}

} // namespace

void TestTranslations::cleanup()
{
    // installTranslators() parents its translators to the application; remove them between cases.
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::catalogueIsEmbeddedAsResource_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("zh_CN") << QStringLiteral(":/i18n/flowlog-console_zh_CN.qm");
    QTest::newRow("en") << QStringLiteral(":/i18n/flowlog-console_en.qm");
}

void TestTranslations::catalogueIsEmbeddedAsResource()
{
    QFETCH(QString, path);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    if (path.contains(QLatin1String("zh_CN"))) {
        QVERIFY(translator.load(path));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    }
}

void TestTranslations::languageSelectsCatalogue_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString title = QStringLiteral("Flow Log Console");
    QTest::newRow("zh_CN window title") << QStringLiteral("zh_CN") << QStringLiteral("flowlog::MainWindow") << title
                                        << QStringLiteral("流日志控制台");
    QTest::newRow("zh-CN (BCP 47) action text") << QStringLiteral("zh-CN") << QStringLiteral("MainWindow")
                                                << QStringLiteral("&Refresh") << QStringLiteral("刷新(&R)");
    QTest::newRow("zh_CN column header") << QStringLiteral("zh_CN") << QStringLiteral("flowlog::FlowLogTableModel")
                                         << QStringLiteral("Region") << QStringLiteral("地域");
    QTest::newRow("en keeps the source") << QStringLiteral("en") << QStringLiteral("flowlog::MainWindow") << title
                                         << title;
    // The test runs with LANG=C.UTF-8: the system locale gives English.
    QTest::newRow("system locale C") << QString() << QStringLiteral("flowlog::MainWindow") << title << title;
}

void TestTranslations::languageSelectsCatalogue()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    const bool found = flowlog::i18n::installTranslators(qApp, language);
    if (language.startsWith(QLatin1String("zh")))
        QVERIFY(found);
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
}

void TestTranslations::qtOwnChineseCatalogueIsLoaded()
{
    // Debian: qt6-translations-l10n installs /usr/share/qt6/translations/qtbase_zh_CN.qm.
    const QString qm = QDir(flowlog::i18n::qtTranslationsDir()).filePath(QStringLiteral("qtbase_zh_CN.qm"));
    QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is missing (package qt6-translations-l10n)")));
    flowlog::i18n::installTranslators(qApp, QStringLiteral("zh_CN"));
    // The standard buttons of QMessageBox / QDialogButtonBox.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFile ts(QStringLiteral(FLOWLOG_TS_DIR "/flowlog-console_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int checked = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || translation.isEmpty())
                continue;
            ++checked;
            if (placeholders(source) != placeholders(translation))
                problems.append(
                    QStringLiteral("%1: \"%2\" -> \"%3\": placeholders differ").arg(context, source, translation));
            if (hasAccelerator(source) != hasAccelerator(translation))
                problems.append(QStringLiteral("%1: \"%2\" -> \"%3\": accelerator lost or added")
                                    .arg(context, source, translation));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(checked > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
