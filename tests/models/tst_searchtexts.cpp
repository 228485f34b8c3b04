// SearchTexts: the table's packed quick-filter texts keep every row's text intact through appends, in-place and
// relocating replacements, removals and compaction, and do not grow without bound under refreshes.
#include "searchtexts.h"

#include <QTest>

using namespace flowlog;

class TestSearchTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendedTextsReadBackByRow();
    void replaceShorterInPlaceAndLongerElsewhere();
    void removeShiftsLaterRows();
    void refreshesCompactInsteadOfGrowing();
    void textLargerThanABlockGetsItsOwn();
};

namespace {

QByteArray textOf(int row, int generation = 0)
{
    return QByteArray("row-") + QByteArray::number(row) + "\x1f" + "gen-" + QByteArray::number(generation) +
           QByteArray(row % 50, 'x');
}

} // namespace

void TestSearchTexts::appendedTextsReadBackByRow()
{
    SearchTexts texts;
    for (int i = 0; i < 10000; ++i)
        texts.append(textOf(i));
    texts.append({}); // an empty text is a row too
    QCOMPARE(texts.size(), 10001);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(texts.at(i), textOf(i));
    QVERIFY(texts.at(10000).isEmpty());
    // A few large blocks, not one allocation per row.
    QVERIFY(texts.allocatedBytes() < texts.liveBytes() + (std::size_t(2) << 20));
}

void TestSearchTexts::replaceShorterInPlaceAndLongerElsewhere()
{
    SearchTexts texts;
    texts.append("alpha beta gamma");
    texts.append("second");
    const char *before = texts.at(0).data();
    texts.replace(0, "alpha");
    QCOMPARE(texts.at(0), QByteArrayView("alpha"));
    QCOMPARE(texts.at(0).data(), before); // written over the old text
    texts.replace(0, "a much longer text than before");
    QCOMPARE(texts.at(0), QByteArrayView("a much longer text than before"));
    QCOMPARE(texts.at(1), QByteArrayView("second")); // the neighbour is untouched
    texts.replace(1, {});
    QVERIFY(texts.at(1).isEmpty());
}

void TestSearchTexts::removeShiftsLaterRows()
{
    SearchTexts texts;
    for (int i = 0; i < 10; ++i)
        texts.append(textOf(i));
    texts.remove(2, 3);
    QCOMPARE(texts.size(), 7);
    QCOMPARE(texts.at(1), textOf(1));
    QCOMPARE(texts.at(2), textOf(5));
    QCOMPARE(texts.at(6), textOf(9));
    texts.clear();
    QCOMPARE(texts.size(), 0);
    QCOMPARE(texts.allocatedBytes(), std::size_t(0));
}

void TestSearchTexts::refreshesCompactInsteadOfGrowing()
{
    // Every refresh makes every text longer (so none fits in place); without compaction the blocks would hold
    // all 30 generations.
    SearchTexts texts;
    const int rows = 20000;
    for (int i = 0; i < rows; ++i)
        texts.append(textOf(i));
    for (int generation = 1; generation <= 30; ++generation) {
        for (int i = 0; i < rows; ++i)
            texts.replace(i, textOf(i, generation) + QByteArray(generation, 'g'));
        QVERIFY2(
            texts.allocatedBytes() <= 2 * texts.liveBytes() + (std::size_t(6) << 20),
            qPrintable(
                QStringLiteral("%1 bytes allocated for %2 live").arg(texts.allocatedBytes()).arg(texts.liveBytes())));
    }
    for (int i = 0; i < rows; ++i)
        QCOMPARE(texts.at(i), textOf(i, 30) + QByteArray(30, 'g'));
}

void TestSearchTexts::textLargerThanABlockGetsItsOwn()
{
    SearchTexts texts;
    texts.append("small");
    const QByteArray big(3 << 20, 'b');
    texts.append(big);
    texts.append("after");
    QCOMPARE(texts.at(0), QByteArrayView("small"));
    QCOMPARE(texts.at(1), big);
    QCOMPARE(texts.at(2), QByteArrayView("after"));
}

QTEST_GUILESS_MAIN(TestSearchTexts)
#include "tst_searchtexts.moc"
