// The program's static TLS block stays small. glibc zero-fills that block for every thread the process starts, in
// the thread that starts it (pthread_create), whether the thread ever touches it or not: Qt starts an HTTP thread per
// network manager (up to 64 in a sweep), GLib and the parse pool start theirs. The JSON string cache (82 KB) and the
// LZ4 compressor (98 KB) were thread_local objects there, so each thread start cost the GUI thread a 177 KB memset
// and 44 page faults; they are now allocated on first use by the threads that parse and pack.
#include "flowlog.h"
#include "packedjson.h"
#include "sanitizers.h"
#include "simdobject.h"

#include <QTest>

#include <elf.h>
#include <link.h>

#include <thread>

using namespace flowlog;

namespace {

// PT_TLS of the program itself (the first object dl_iterate_phdr reports), 0 when it has none.
std::size_t programTlsBytes()
{
    std::size_t bytes = 0;
    dl_iterate_phdr(
        [](dl_phdr_info *info, std::size_t, void *out) {
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                if (info->dlpi_phdr[i].p_type == PT_TLS)
                    *static_cast<std::size_t *>(out) = info->dlpi_phdr[i].p_memsz;
            }
            return 1; // the program only
        },
        &bytes);
    return bytes;
}

} // namespace

class TestStaticTls : public QObject
{
    Q_OBJECT

private slots:
    void theCachesWorkOnAFreshThread();
    void theProgramsStaticTlsIsSmall();
};

// Both per-thread caches are made on first use in the thread that uses them, and work there.
void TestStaticTls::theCachesWorkOnAFreshThread()
{
    const QByteArray a = R"({"FlowLogId":"fl-1","Status":"Active","ResourceType":"VPC"})";
    const QByteArray b = R"({"FlowLogId":"fl-2","Status":"Active","ResourceType":"VPC"})";
    bool sameText = false;
    bool shared = false;
    QByteArray backA, backB;
    std::thread worker([&] {
        const QString first = json::sharedString("Active");
        const QString second = json::sharedString("Active");
        sameText = first == QLatin1String("Active") && second == first;
        shared = first.constData() == second.constData(); // the cache hands out one string
        QList<PackedJson> values{PackedJson::unpacked(a), PackedJson::unpacked(b)};
        PackedJson::packTogether({&values[0], &values[1]}, Service::Vpc);
        backA = values.at(0).json();
        backB = values.at(1).json();
    });
    worker.join();
    QVERIFY(sameText);
    QVERIFY(shared);
    QCOMPARE(backA, a);
    QCOMPARE(backB, b);
}

// This executable links the parsers and the packer (the test above uses both), so their thread_locals would be in
// its TLS block. A sanitizer runtime linked into the program brings its own.
void TestStaticTls::theProgramsStaticTlsIsSmall()
{
    if constexpr (test::kUnderAsan)
        QSKIP("the sanitizer runtime linked into the program has thread-local state of its own");
    const std::size_t bytes = programTlsBytes();
    QVERIFY2(bytes <= 4096, qPrintable(QStringLiteral("static TLS: %1 bytes").arg(bytes)));
}

QTEST_GUILESS_MAIN(TestStaticTls)
#include "tst_statictls.moc"
