#include "packedjson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace flowlog;

Q_DECLARE_METATYPE(flowlog::Service)

namespace {

// The providers' objects as the parsers keep them: compact, keys sorted (QJsonDocument's form). Values are the
// API references' examples, with the sandbox's non-ASCII descriptions.
QByteArray compact(const char *json)
{
    return QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact);
}

QByteArray vpcObject()
{
    return compact(R"({"Status":"Active","CreationTime":"2022-01-21T03:08:50Z","FlowLogName":"myFlowlog",
        "TrafficType":"All","ResourceType":"NetworkInterface","Description":"Description",
        "ProjectName":"FlowLogProject","LogStoreName":"FlowLogStore","ResourceId":"eni-askldfas1k2j3h4g5f6d",
        "RegionId":"cn-hangzhou","FlowLogId":"fl-bp1f6qqhsrc2c12ta9x8c","BusinessStatus":"Normal",
        "AggregationInterval":10,"TrafficPath":["all"],"ServiceType":"sls","ResourceGroupId":"rg-bp67acfmxazb4ph2k",
        "Tags":[{"Key":"FinanceDept","Value":"FinanceJoshua"}],"FlowLogDeliverStatus":"FAILED",
        "FlowLogDeliverErrorMessage":"UnavaliableTarget"})");
}

QByteArray cenObject()
{
    return compact(R"({"Status":"Active","CreationTime":"2021-07-24T13:00:52Z","FlowLogName":"myFlowlog",
        "Description":"安全审计流日志","ProjectName":"FlowLogProject","CenId":"cen-7qthudw0ll6jmc3kd9",
        "LogStoreName":"FlowLogStore","RegionId":"cn-hangzhou","FlowLogId":"flowlog-m5evbtbpt3kd9x",
        "TransitRouterAttachmentId":"tr-attach-5x4o4ynzuqbv6g8c2k","TransitRouterId":"tr-bp1g9313sx675zr1lajmj",
        "LogFormatString":"${srcaddr}${dstaddr}${bytes}","FlowLogVersion":"3","Interval":60,
        "Tags":{"Tag":[{"Key":"TagKey","Value":"TagValue"}]}})");
}

QByteArray ecrObject()
{
    return compact(R"({"FlowLogId":"ecr-flog-leypqehtgtia2x7k3","EcrId":"ecr-h4cop1khw98m2n4b","RegionId":"cn-shanghai",
        "Status":"Active","FlowLogName":"myFlowlog","Description":"myFlowlog","Interval":600,"SamplingRate":"1:4096 ",
        "LogStoreName":"FlowLogStore","ProjectName":"FlowLogProject","InstanceType":"VBR",
        "ResourceGroupId":"rg-aekzb3xwrexc4ry","Tags":[{"Key":"TagKey","Value":"TagValue"}],
        "InstanceId":"vbr-9dpty76irpf4u15k2j3","CreationTime":"2023-09-21T04:20Z","SlsRegionId":"cn-hangzhou"})");
}

QByteArray erObject()
{
    return compact(R"({"id":"b216bc1d-5963-41a7-89f9-779a5128c5ac","name":"flow_log",
        "project_id":"0605767a9980d5762fbcc00b3537e757","resource_type":"attachment",
        "resource_id":"6f83b848-8331-4271-ac0c-ef94b7686402","log_group_id":"0139393c-eeb2-49f0-bbd4-c5faec6b1497",
        "log_stream_id":"d22c3b44-2f71-470f-83f3-96a8af6956ad","log_store_type":"LTS","log_aggregation_interval":600,
        "created_at":"2020-03-11T15:13:31Z","updated_at":"2022-03-11T15:13:31Z","state":"available","enabled":true,
        "description":"数据库子网流量"})");
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(rng.bounded(256));
    return out;
}

} // namespace

class TestPackedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providerObjectsRoundTripAndShrink_data();
    void providerObjectsRoundTripAndShrink();
    void anyBytesRoundTrip_data();
    void anyBytesRoundTrip();
    void emptyStaysEmpty();
    void incompressibleBytesCostOneByte();
    void equalityComparesTheJson();
    void truncatedBlobsGiveEmpty();
    void damagedBlobsNeverCrash();
    void unknownFormatGivesEmpty();
    void threadsPackIndependently();
    void aPageSharesOneSmallerBlock_data();
    void aPageSharesOneSmallerBlock();
    void blocksReadInTurnGiveTheirOwnRows();
    void packingTogetherLeavesPackedAndEmptyValues();
    void aPageWrittenInOneBufferPacksAsTogether();
    void aPageOfOddValues();
    void twoPagesWrittenAtOnce();
    void packCost();
    void unpackCost();
};

void TestPackedJson::providerObjectsRoundTripAndShrink_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Service>("service");
    QTest::addColumn<double>("maxRatio"); // packed size / JSON size
    QTest::newRow("vpc") << vpcObject() << Service::Vpc << 0.5;
    QTest::newRow("cen") << cenObject() << Service::Cen << 0.5;
    QTest::newRow("ecr") << ecrObject() << Service::Ecr << 0.5;
    QTest::newRow("er") << erObject() << Service::Er << 0.75; // UUIDs do not compress
}

void TestPackedJson::providerObjectsRoundTripAndShrink()
{
    QFETCH(QByteArray, json);
    QFETCH(Service, service);
    QFETCH(double, maxRatio);
    QVERIFY(QJsonDocument::fromJson(json).isObject());
    const PackedJson packed(json, service);
    QCOMPARE(packed.json(), json);
    QVERIFY2(packed.packedSize() <= json.size() * maxRatio,
             qPrintable(QStringLiteral("%1 -> %2 bytes").arg(json.size()).arg(packed.packedSize())));
    // Another service's dictionary still round-trips (ResultsCache may hold a row of any service).
    for (Service other : allServices)
        QCOMPARE(PackedJson(json, other).json(), json);
}

void TestPackedJson::anyBytesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("tiny json") << QByteArray(R"({"CenId":"cen-from-row"})");
    QTest::newRow("not json") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("nul bytes") << QByteArray("a\0b\0\0c", 6);
    QTest::newRow("random 1k") << randomBytes(1024, 7);
    QTest::newRow("repetitive 1M") << QByteArray(1 << 20, 'a');
    QByteArray large = "[";
    for (int i = 0; i < 2000; ++i)
        large += vpcObject() + ',';
    large.back() = ']';
    QTest::newRow("large json") << large;
}

void TestPackedJson::anyBytesRoundTrip()
{
    QFETCH(QByteArray, bytes);
    for (Service service : allServices) {
        const PackedJson packed(bytes, service);
        QVERIFY(!packed.isEmpty());
        QCOMPARE(packed.json(), bytes);
        QVERIFY(packed.packedSize() <= bytes.size() + 1);
    }
}

void TestPackedJson::emptyStaysEmpty()
{
    QVERIFY(PackedJson().isEmpty());
    QVERIFY(PackedJson().json().isEmpty());
    const PackedJson fromEmpty(QByteArray(), Service::Vpc);
    QVERIFY(fromEmpty.isEmpty());
    QCOMPARE(fromEmpty.packedSize(), 0);
    QVERIFY(fromEmpty == PackedJson());
}

void TestPackedJson::incompressibleBytesCostOneByte()
{
    const QByteArray bytes = randomBytes(300, 11);
    const PackedJson packed(bytes, Service::Ecr);
    QCOMPARE(packed.packedSize(), bytes.size() + 1);
    QCOMPARE(packed.json(), bytes);
}

void TestPackedJson::equalityComparesTheJson()
{
    const QByteArray json = cenObject();
    QVERIFY(PackedJson(json, Service::Cen) == PackedJson(json, Service::Cen));
    // Different dictionaries give different bytes for the same JSON: still equal.
    QVERIFY(PackedJson(json, Service::Cen).packed() != PackedJson(json, Service::Vpc).packed());
    QVERIFY(PackedJson(json, Service::Cen) == PackedJson(json, Service::Vpc));
    QVERIFY(!(PackedJson(json, Service::Cen) == PackedJson(vpcObject(), Service::Cen)));
    QVERIFY(!(PackedJson(json, Service::Cen) == PackedJson()));
}

void TestPackedJson::truncatedBlobsGiveEmpty()
{
    for (const QByteArray &json : {vpcObject(), cenObject(), ecrObject(), erObject()}) {
        const QByteArray packed = PackedJson(json, Service::Vpc).packed();
        QVERIFY(packed.at(0) != 0); // compressed, not stored
        for (qsizetype n = 0; n < packed.size(); ++n)
            QVERIFY2(PackedJson::fromPacked(packed.left(n)).json().isEmpty(), qPrintable(QString::number(n)));
        // Trailing garbage is damage too.
        QVERIFY(PackedJson::fromPacked(packed + "x").json().isEmpty());
    }
}

void TestPackedJson::damagedBlobsNeverCrash()
{
    // An LZ4 block has no checksum, so a flipped bit inside a literal may decode to other bytes; the recorded size
    // still bounds what comes out, and nothing may crash or read out of bounds (the sanitizer build checks that).
    for (Service service : allServices) {
        const QByteArray json = service == Service::Er ? erObject() : vpcObject();
        const QByteArray packed = PackedJson(json, service).packed();
        for (qsizetype i = 0; i < packed.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray damaged = packed;
                damaged[i] = static_cast<char>(damaged.at(i) ^ (1 << bit));
                const QByteArray out = PackedJson::fromPacked(damaged).json();
                QVERIFY(out.isEmpty() || out.size() == json.size() || i == 0);
            }
        }
    }
    for (quint32 seed = 0; seed < 200; ++seed) {
        QByteArray garbage = randomBytes(1 + seed % 64, seed);
        garbage[0] = static_cast<char>(1 + seed % 4); // a compressed format
        (void)PackedJson::fromPacked(garbage).json();
    }
    // A recorded size far beyond what the stream could hold is refused before allocating it.
    QVERIFY(PackedJson::fromPacked(QByteArray("\x01\xff\xff\xff\xff\x0f\x00", 7)).json().isEmpty());
}

void TestPackedJson::unknownFormatGivesEmpty()
{
    QByteArray packed = PackedJson(vpcObject(), Service::Vpc).packed();
    packed[0] = static_cast<char>(0x7f);
    QVERIFY(PackedJson::fromPacked(packed).json().isEmpty());
}

void TestPackedJson::threadsPackIndependently()
{
    // Each thread has its own LZ4 streams: parsers pack on worker threads while the GUI unpacks.
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &failures] {
            const Service service = allServices[t];
            for (int i = 0; i < 500; ++i) {
                const QByteArray json = vpcObject().replace("myFlowlog", QByteArray::number(i * 4 + t));
                if (PackedJson(json, service).json() != json)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

namespace {

// n provider objects as one page holds them: the same service, ids and names differing.
QList<QByteArray> pageOf(const QByteArray &object, int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.append(QByteArray(object).replace("myFlowlog", "flowlog-" + QByteArray::number(i * 7919)));
    return out;
}

} // namespace

void TestPackedJson::aPageSharesOneSmallerBlock_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Service>("service");
    QTest::newRow("vpc") << vpcObject() << Service::Vpc;
    QTest::newRow("cen") << cenObject() << Service::Cen;
    QTest::newRow("ecr") << ecrObject() << Service::Ecr;
    QTest::newRow("er") << erObject().replace("flow_log", "myFlowlog") << Service::Er;
}

void TestPackedJson::aPageSharesOneSmallerBlock()
{
    QFETCH(QByteArray, json);
    QFETCH(Service, service);
    const QList<QByteArray> objects = pageOf(json, 50);
    QList<PackedJson> values;
    qsizetype alone = 0;
    for (const QByteArray &o : objects) {
        values.append(PackedJson::unpacked(o));
        QVERIFY(values.constLast().isUnpacked());
        QCOMPARE(values.constLast().json(), o); // readable before it is packed
        alone += PackedJson(o, service).packedSize();
    }
    QList<PackedJson *> pointers;
    for (PackedJson &v : values)
        pointers.append(&v);
    PackedJson::packTogether(pointers, service);
    for (qsizetype i = 0; i < values.size(); ++i) {
        QVERIFY(!values.at(i).isUnpacked());
        QCOMPARE(values.at(i).packed().constData(), values.constFirst().packed().constData()); // one block, shared
        QCOMPARE(values.at(i).json(), objects.at(i));
    }
    // Backwards too (the thread's last block is kept, so this reads it from there).
    for (qsizetype i = values.size() - 1; i >= 0; --i)
        QCOMPARE(values.at(i).json(), objects.at(i));
    // Similar objects side by side: the block is at most half of what they take packed one at a time.
    QVERIFY2(values.constFirst().packedSize() * 2 <= alone,
             qPrintable(QStringLiteral("%1 B together, %2 B alone").arg(values.constFirst().packedSize()).arg(alone)));
    QVERIFY(values.at(3) == PackedJson(objects.at(3), service));
    QVERIFY(!(values.at(3) == values.at(4)));
}

void TestPackedJson::blocksReadInTurnGiveTheirOwnRows()
{
    // Two pages read alternately: the kept block must never answer for the other one.
    const QList<QByteArray> first = pageOf(vpcObject(), 5);
    const QList<QByteArray> second = pageOf(vpcObject().replace("Active", "Inactive"), 5);
    QList<PackedJson> a, b;
    for (qsizetype i = 0; i < 5; ++i) {
        a.append(PackedJson::unpacked(first.at(i)));
        b.append(PackedJson::unpacked(second.at(i)));
    }
    QList<PackedJson *> pa, pb;
    for (qsizetype i = 0; i < 5; ++i) {
        pa.append(&a[i]);
        pb.append(&b[i]);
    }
    PackedJson::packTogether(pa, Service::Vpc);
    PackedJson::packTogether(pb, Service::Vpc);
    for (qsizetype i = 0; i < 5; ++i) {
        QCOMPARE(a.at(i).json(), first.at(i));
        QCOMPARE(b.at(i).json(), second.at(i));
    }
    // A kept block whose rows are gone cannot be mistaken for a new one at the same address: the kept share holds
    // it.
    QCOMPARE(a.at(0).json(), first.at(0));
    a.clear();
    const QList<QByteArray> third = pageOf(vpcObject().replace("Active", "Activf"), 5);
    QList<PackedJson> c;
    for (const QByteArray &o : third)
        c.append(PackedJson::unpacked(o));
    QList<PackedJson *> pc;
    for (PackedJson &v : c)
        pc.append(&v);
    PackedJson::packTogether(pc, Service::Vpc);
    for (qsizetype i = 0; i < 5; ++i)
        QCOMPARE(c.at(i).json(), third.at(i));
}

void TestPackedJson::packingTogetherLeavesPackedAndEmptyValues()
{
    const QByteArray json = cenObject();
    PackedJson alone(json, Service::Cen);
    const QByteArray aloneBlock = alone.packed();
    PackedJson empty = PackedJson::unpacked(QByteArray());
    PackedJson pending = PackedJson::unpacked(json);
    PackedJson::packTogether({&alone, &empty, &pending}, Service::Cen);
    QCOMPARE(alone.packed(), aloneBlock);
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.json().isEmpty());
    QVERIFY(!pending.isUnpacked());
    QCOMPARE(pending.json(), json);
    // Nothing to pack: nothing changes.
    PackedJson::packTogether({}, Service::Cen);
    PackedJson::packTogether({&empty}, Service::Cen);
    QVERIFY(empty.isEmpty());
}

void TestPackedJson::aPageWrittenInOneBufferPacksAsTogether()
{
    // The same rows through PackedPage (one buffer, as the page parsers write them) and packTogether: the same block,
    // byte for byte, and the same JSON for every row.
    const QList<QByteArray> objects = pageOf(ecrObject(), 50);
    QList<PackedJson> together;
    for (const QByteArray &o : objects)
        together.append(PackedJson::unpacked(o));
    QList<PackedJson *> pointers;
    for (PackedJson &v : together)
        pointers.append(&v);
    PackedJson::packTogether(pointers, Service::Ecr);

    PackedPage page(Service::Ecr);
    for (const QByteArray &o : objects) {
        page.buffer().append(o);
        page.endValue();
    }
    QCOMPARE(page.count(), 50);
    QVERIFY(page.value(0).isEmpty()); // nothing before pack()
    page.pack();
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const PackedJson v = page.value(i);
        QVERIFY(!v.isUnpacked());
        QCOMPARE(v.packed(), together.constFirst().packed());
        QCOMPARE(v.packed().constData(), page.value(0).packed().constData()); // one block, shared
        QCOMPARE(v.json(), objects.at(i));
        QVERIFY(v == together.at(i));
    }
    QVERIFY(page.value(50).isEmpty());
}

void TestPackedJson::aPageOfOddValues()
{
    // More than a block's 50 values, empty ones among them (first, in the middle, last of a block, last of all) and
    // one larger than the rest: each value reads back as written, empty ones as empty, and no block holds more than
    // 50 values.
    QList<QByteArray> objects = pageOf(vpcObject(), 123);
    for (const qsizetype i : {0, 7, 49, 50, 122})
        objects[i].clear();
    objects[60] = randomBytes(70000, 60); // incompressible: its block is stored
    PackedPage page(Service::Vpc);
    for (const QByteArray &o : objects) {
        page.buffer().append(o);
        page.endValue();
    }
    page.pack();
    QSet<const char *> blocks;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const PackedJson v = page.value(i);
        QCOMPARE(v.isEmpty(), objects.at(i).isEmpty());
        QCOMPARE(v.json(), objects.at(i));
        if (!v.isEmpty())
            blocks.insert(v.packed().constData());
        if (i > 0 && i % 50 != 0 && !v.isEmpty() && !page.value(i - 1).isEmpty())
            QCOMPARE(v.packed().constData(), page.value(i - 1).packed().constData());
    }
    QCOMPARE(blocks.size(), 3); // values 0-49, 50-99, 100-122
    QVERIFY(page.value(1).packed().constData() != page.value(51).packed().constData());
    // Backwards, across the blocks (the thread keeps only the last block it read).
    for (qsizetype i = objects.size() - 1; i >= 0; --i)
        QCOMPARE(page.value(i).json(), objects.at(i));

    // A page of nothing but empty values, and a page of none.
    PackedPage empties(Service::Er);
    for (int i = 0; i < 3; ++i)
        empties.endValue();
    empties.pack();
    for (int i = 0; i < 3; ++i)
        QVERIFY(empties.value(i).isEmpty());
    PackedPage none(Service::Er);
    none.pack();
    QCOMPARE(none.count(), 0);
    QVERIFY(none.value(0).isEmpty());
}

void TestPackedJson::twoPagesWrittenAtOnce()
{
    // The thread's buffer goes to one page at a time; a second page alive at once writes its own, and the values of
    // both stay their own after both are gone.
    const QList<QByteArray> first = pageOf(cenObject(), 5);
    const QList<QByteArray> second = pageOf(cenObject().replace("Active", "Inactive"), 5);
    QList<PackedJson> a, b;
    {
        PackedPage pa(Service::Cen);
        PackedPage pb(Service::Cen);
        for (qsizetype i = 0; i < 5; ++i) {
            pa.buffer().append(first.at(i));
            pa.endValue();
            pb.buffer().append(second.at(i));
            pb.endValue();
        }
        pa.pack();
        pb.pack();
        for (qsizetype i = 0; i < 5; ++i) {
            a.append(pa.value(i));
            b.append(pb.value(i));
        }
    }
    PackedPage third(Service::Cen); // reuses the kept buffer
    third.buffer().append(vpcObject());
    third.endValue();
    third.pack();
    for (qsizetype i = 0; i < 5; ++i) {
        QCOMPARE(a.at(i).json(), first.at(i));
        QCOMPARE(b.at(i).json(), second.at(i));
    }
    QCOMPARE(third.value(0).json(), vpcObject());
}

void TestPackedJson::packCost()
{
    const QByteArray json = vpcObject();
    PackedJson packed;
    QBENCHMARK
    {
        packed = PackedJson(json, Service::Vpc);
    }
    QCOMPARE(packed.json(), json);
}

void TestPackedJson::unpackCost()
{
    const QByteArray json = vpcObject();
    const PackedJson packed(json, Service::Vpc);
    QByteArray out;
    QBENCHMARK
    {
        out = packed.json();
    }
    QCOMPARE(out, json);
}

QTEST_GUILESS_MAIN(TestPackedJson)
#include "tst_packedjson.moc"
