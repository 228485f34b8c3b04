#include "packedjson.h"

#include "enumtable.h"

// LZ4 with the service's preset dictionary, a page's rows as one block: per object, LZ4 took ~0.5 us where zlib took
// ~12 us (half of a page's parsing) but its output was ~20% larger; a page's objects side by side pack smaller than
// either (parse-page, model-scale and the codec table in docs/benchmarks.md).
#include <lz4.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>

namespace flowlog {

namespace {

// Larger inputs are stored: a provider object is a few hundred bytes, a page of them tens of KB.
constexpr qsizetype kMaxPackedInput = 16 * 1024 * 1024;
// The largest compression buffer a thread keeps between objects.
constexpr qsizetype kKeptBuffer = 256 * 1024;
// LZ4 cannot expand data by more than this factor (a run costs a byte per 255), so a size above it means damage.
constexpr qsizetype kMaxRatio = 256;

enum Format : unsigned char
{
    Stored = 0,
    VpcDictionary = 1,
    CenDictionary = 2,
    EcrDictionary = 3,
    ErDictionary = 4,
};

// Each dictionary is the service's object as QJsonDocument writes it (compact, keys sorted) with its typical
// values, after the rarer alternative values (the likeliest text last, nearest to the object: written for deflate,
// which codes nearer matches in fewer bits; LZ4 finds the same matches). Values follow the providers' API references
// and the sandbox's data set.
constexpr std::string_view kVpcDictionary =
    R"("Inactive","Activating","Deleting","Allow","Drop","VSwitch","vsw-","VPC","vpc-","FAILED","UnavaliableTarget",)"
    R"("ProjectOrLogstoreNotExist","cn-shanghai","cn-beijing","cn-shenzhen","ap-southeast-1","internetGateway",)"
    R"({"AggregationInterval":10,"BusinessStatus":"Normal","CreationTime":"2024-01-01T00:00:00Z","Description":"",)"
    R"("FlowLogDeliverErrorMessage":"","FlowLogDeliverStatus":"SUCCESS","FlowLogId":"fl-bp1","FlowLogName":"flowlog-",)"
    R"("LogStoreName":"flowlog-","ProjectName":"flowlog-","RegionId":"cn-hangzhou","ResourceGroupId":"rg-acfm",)"
    R"("ResourceId":"eni-bp1","ResourceType":"NetworkInterface","ServiceType":"sls","Status":"Active",)"
    R"("Tags":[{"Key":"","Value":""}],"TrafficPath":["all"],"TrafficType":"All"})";

constexpr std::string_view kCenDictionary =
    R"("Inactive","Activating","Deleting","cn-shanghai","cn-beijing","cn-shenzhen","ap-southeast-1",)"
    R"("${srcaddr}${dstaddr}${bytes}","${srcport}${dstport}${protocol}${packets}","FlowLogVersion":"2",)"
    R"({"CenId":"cen-","CreationTime":"2024-01-01T00:00:00Z","Description":"","FlowLogId":"flowlog-",)"
    R"("FlowLogName":"flowlog-","FlowLogVersion":"3","Interval":600,"LogFormatString":"${srcaddr}${dstaddr}${bytes}",)"
    R"("LogStoreName":"flowlog-","ProjectName":"flowlog-","RegionId":"cn-hangzhou","Status":"Active",)"
    R"("Tags":{"Tag":[{"Key":"","Value":""}]},"TransitRouterAttachmentId":"tr-attach-","TransitRouterId":"tr-"})";

constexpr std::string_view kEcrDictionary =
    R"("Inactive","Activating","Deleting","1:2048","1:1024","cn-shanghai","cn-beijing","cn-shenzhen","ap-southeast-1",)"
    R"({"CreationTime":"2024-01-01T00:00Z","Description":"","EcrId":"ecr-","FlowLogId":"ecr-flog-",)"
    R"("FlowLogName":"flowlog-","InstanceId":"vbr-","InstanceType":"VBR","Interval":600,"LogStoreName":"flowlog-",)"
    R"("ProjectName":"flowlog-","RegionId":"cn-hangzhou","ResourceGroupId":"rg-","SamplingRate":"1:4096",)"
    R"("SlsRegionId":"cn-hangzhou","Status":"Active","Tags":[{"Key":"","Value":""}]})";

constexpr std::string_view kErDictionary =
    R"("pending","modifying","deleting","deleted","failed","enabled":false,"cn-north-4","ap-southeast-1",)"
    R"({"created_at":"2024-01-01T00:00:00Z","description":"","enabled":true,"id":"","log_aggregation_interval":600,)"
    R"("log_group_id":"","log_store_type":"LTS","log_stream_id":"","name":"flowlog-","project_id":"",)"
    R"("resource_id":"","resource_type":"attachment","state":"available","updated_at":"2024-01-01T00:00:00Z"})";

constexpr EnumTable<Service::Er, Format> formatFor{VpcDictionary, CenDictionary, EcrDictionary, ErDictionary};
static_assert(formatFor.count == std::size(allServices));

std::string_view dictionaryFor(unsigned char format)
{
    switch (format) {
    case VpcDictionary:
        return kVpcDictionary;
    case CenDictionary:
        return kCenDictionary;
    case EcrDictionary:
        return kEcrDictionary;
    case ErDictionary:
        return kErDictionary;
    default:
        return {};
    }
}

// One LZ4 stream per thread and dictionary, with the dictionary loaded (hashed) once; each object is compressed by a
// copy of it (16 KB, a fraction of a microsecond), as LZ4's stable API has no way to attach a dictionary cheaply.
// Parsers pack on worker threads, so the streams cannot be shared.
struct Compressor
{
    std::array<LZ4_stream_t, 5> loaded{};
    LZ4_stream_t work{};
    QByteArray buffer;
    Compressor()
    {
        for (unsigned char f = VpcDictionary; f <= ErDictionary; ++f) {
            const std::string_view dict = dictionaryFor(f);
            LZ4_initStream(&loaded[f], sizeof(LZ4_stream_t));
            LZ4_loadDict(&loaded[f], dict.data(), int(dict.size()));
        }
    }
};

qsizetype writeVarint(char *out, quint64 value)
{
    qsizetype n = 0;
    while (value >= 0x80) {
        out[n++] = static_cast<char>((value & 0x7f) | 0x80);
        value >>= 7;
    }
    out[n++] = static_cast<char>(value);
    return n;
}

// Returns the number of bytes read, 0 when the varint is malformed or runs past the end.
qsizetype readVarint(const char *in, qsizetype size, quint64 &value)
{
    value = 0;
    for (qsizetype i = 0; i < size && i < 5; ++i) {
        const auto byte = static_cast<unsigned char>(in[i]);
        value |= quint64(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80))
            return i + 1;
    }
    return 0;
}

QByteArray stored(QByteArrayView json)
{
    QByteArray out(json.size() + 1, Qt::Uninitialized);
    out[0] = static_cast<char>(Stored);
    std::memcpy(out.data() + 1, json.data(), size_t(json.size()));
    return out;
}

// The compressed form, or an empty array when LZ4 fails or does not make the object smaller than stored.
QByteArray compressed(QByteArrayView json, Format format)
{
    // On the heap: a thread_local object's storage is in the static TLS block that every thread of the process
    // gets zero-filled when it starts (Qt's HTTP threads, GLib's...), used here or not; these 98 KB and the string
    // cache's 82 KB made each new thread memset and fault in 177 KB.
    thread_local std::unique_ptr<Compressor> owned;
    if (!owned)
        owned = std::make_unique<Compressor>();
    Compressor &c = *owned;
    const int bound = LZ4_compressBound(int(json.size()));
    constexpr qsizetype kHeader = 1 + 5; // format + varint size
    // Pages reuse the thread's buffer; a rare large input gets its own, so the thread does not keep it.
    QByteArray large;
    QByteArray &buffer = kHeader + bound <= kKeptBuffer ? c.buffer : large;
    if (buffer.size() < kHeader + bound)
        buffer.resize(kHeader + bound);
    char *out = buffer.data();
    out[0] = static_cast<char>(format);
    const qsizetype header = 1 + writeVarint(out + 1, quint64(json.size()));
    std::memcpy(&c.work, &c.loaded[format], sizeof(LZ4_stream_t));
    const int written = LZ4_compress_fast_continue(&c.work, json.data(), out + header, int(json.size()), bound, 1);
    if (written <= 0)
        return {};
    const qsizetype total = header + written;
    if (total > json.size()) // stored costs json.size() + 1
        return {};
    return QByteArray(out, total); // exact size: rows keep it for their lifetime
}

// The block's whole JSON, empty when it is damaged. The last block a thread decompressed is kept with its JSON (a
// share of the block, so its address cannot be reused by another while kept): a page's rows read in turn decompress
// it once.
QByteArray blockJson(const QByteArray &block)
{
    const auto format = static_cast<unsigned char>(block.at(0));
    if (format == Stored)
        return block.sliced(1);
    if (dictionaryFor(format).empty())
        return {};
    struct Last
    {
        QByteArray block;
        QByteArray json;
    };
    thread_local Last last;
    if (last.block.constData() == block.constData() && last.block.size() == block.size())
        return last.json;

    quint64 size = 0;
    const qsizetype varint = readVarint(block.constData() + 1, block.size() - 1, size);
    const qsizetype header = 1 + varint;
    const qsizetype streamSize = block.size() - header;
    if (varint == 0 || size == 0 || size > quint64(kMaxPackedInput) || size > quint64(streamSize) * kMaxRatio)
        return {};
    const std::string_view dict = dictionaryFor(format);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    // Exactly the recorded size from exactly the stored block: anything else is a damaged blob.
    const int n = LZ4_decompress_safe_usingDict(block.constData() + header, out.data(), int(streamSize), int(size),
                                                dict.data(), int(dict.size()));
    if (n < 0 || quint64(n) != size)
        return {};
    last.block = block;
    last.json = out;
    return out;
}

QByteArray packBlock(QByteArrayView json, Service service)
{
    QByteArray out;
    if (json.size() <= kMaxPackedInput)
        out = compressed(json, formatFor[service]);
    return out.isEmpty() ? stored(json) : out;
}

} // namespace

PackedJson::PackedJson(QByteArrayView json, Service service)
{
    if (json.isEmpty())
        return;
    m_block = packBlock(json, service);
    m_size = quint32(json.size());
}

PackedJson PackedJson::unpacked(QByteArray json)
{
    PackedJson p;
    p.m_block = std::move(json);
    p.m_offset = p.m_block.isEmpty() ? 0 : kUnpacked;
    return p;
}

void PackedJson::packTogether(const QList<PackedJson *> &values, Service service)
{
    qsizetype total = 0;
    for (const PackedJson *v : values) {
        if (v->isUnpacked())
            total += v->m_block.size();
    }
    if (total == 0)
        return;
    // The values side by side in the thread's buffer: a new one a page came from fresh heap each time (the rows had
    // taken the last page's), and its page faults and copy were a quarter of model-scale's parse.
    thread_local QByteArray kept;
    QByteArray large;
    QByteArray &all = total <= kKeptBuffer ? kept : large;
    all.resize(0); // keeps the capacity
    all.reserve(total);
    for (const PackedJson *v : values) {
        if (v->isUnpacked())
            all.append(v->m_block);
    }
    const QByteArray block = packBlock(all, service);
    quint32 offset = 0;
    for (PackedJson *v : values) {
        if (!v->isUnpacked())
            continue;
        v->m_size = quint32(v->m_block.size());
        v->m_offset = offset;
        v->m_block = block;
        offset += v->m_size;
    }
}

namespace {

// The buffer PackedPage writes into, kept by the thread from page to page (its capacity up to kKeptBuffer).
QByteArray &keptPageBuffer()
{
    thread_local QByteArray buffer;
    return buffer;
}

} // namespace

PackedPage::PackedPage(Service service)
    : m_service(service)
    , m_json(std::exchange(keptPageBuffer(), QByteArray())) // a second page alive on the thread starts a new one
{
    m_json.resize(0); // keeps the capacity
}

PackedPage::~PackedPage()
{
    if (m_json.capacity() <= kKeptBuffer) {
        m_json.resize(0);
        keptPageBuffer() = std::move(m_json);
    }
}

void PackedPage::pack()
{
    m_blocks.clear();
    for (qsizetype first = 0; first < m_ends.size(); first += kBlockValues) {
        const qsizetype last = std::min(first + kBlockValues, m_ends.size()) - 1;
        const quint32 begin = first == 0 ? 0 : m_ends.at(first - 1);
        const QByteArrayView json(m_json.constData() + begin, qsizetype(m_ends.at(last) - begin));
        m_blocks.append(json.isEmpty() ? QByteArray() : packBlock(json, m_service));
    }
}

PackedJson PackedPage::value(qsizetype i) const
{
    const qsizetype block = i / kBlockValues;
    if (block >= m_blocks.size())
        return {}; // not packed
    const qsizetype first = block * kBlockValues;
    const quint32 blockBegin = first == 0 ? 0 : m_ends.at(first - 1);
    const quint32 begin = i == 0 ? 0 : m_ends.at(i - 1);
    PackedJson p;
    p.m_size = m_ends.at(i) - begin;
    if (p.m_size == 0)
        return {};
    p.m_block = m_blocks.at(block);
    p.m_offset = begin - blockBegin;
    return p;
}

PackedJson PackedJson::fromPacked(const QByteArray &packed)
{
    PackedJson p;
    p.m_block = packed;
    p.m_size = kWhole;
    return p;
}

QByteArray PackedJson::json() const
{
    if (m_block.isEmpty() || isUnpacked())
        return m_block;
    const QByteArray whole = blockJson(m_block);
    if (m_size == kWhole || (m_offset == 0 && quint64(m_size) == quint64(whole.size())))
        return whole;
    if (quint64(m_offset) + m_size > quint64(whole.size()))
        return {};
    return whole.sliced(m_offset, m_size);
}

bool operator==(const PackedJson &a, const PackedJson &b)
{
    // The same block and place hold the same JSON; compare the JSON only when they differ.
    if (a.m_block.constData() == b.m_block.constData() && a.m_offset == b.m_offset && a.m_size == b.m_size)
        return true;
    return a.json() == b.json();
}

} // namespace flowlog
