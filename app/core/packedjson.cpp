#include "packedjson.h"

#include "enumtable.h"

#include <zlib.h>

#include <cstring>
#include <limits>
#include <string_view>

namespace flowlog {

namespace {

// Raw deflate (no zlib header or checksum: the varint size and the stream's own end check a damaged blob). A 4 KB
// window reaches the whole dictionary from anywhere in a typical object; a small hash table keeps deflateReset
// cheap (it clears the table on every object) at no measurable cost in size for objects this small.
constexpr int kWindowBits = 12;
constexpr int kMemLevel = 2;
// Larger inputs are stored: a provider object is a few hundred bytes, and avail_in is 32-bit.
constexpr qsizetype kMaxDeflateInput = 16 * 1024 * 1024;
// The largest compression buffer a thread keeps between objects.
constexpr qsizetype kKeptBuffer = 64 * 1024;
// Deflate cannot expand data by more than this factor, so a size above it means a damaged blob.
constexpr qsizetype kMaxRatio = 1032;

enum Format : unsigned char
{
    Stored = 0,
    VpcDictionary = 1,
    CenDictionary = 2,
    EcrDictionary = 3,
    ErDictionary = 4,
};

// Each dictionary is the service's object as QJsonDocument writes it (compact, keys sorted) with its typical
// values, after the rarer alternative values: deflate codes nearer matches in fewer bits, so the likeliest text
// goes last. Values follow the providers' API references and the sandbox's data set.
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

// The format a service's objects are deflated with, in Service's order.
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

const Bytef *bytes(const char *p)
{
    return reinterpret_cast<const Bytef *>(p);
}

// One stream per thread, reset per object: initialising a stream allocates its window and tables, which would
// cost more than compressing a few hundred bytes. Parsers run on worker threads, so the streams cannot be shared.
struct Deflater
{
    z_stream stream{};
    bool ready = false;
    QByteArray buffer;
    Deflater()
    {
        ready = deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) ==
                Z_OK;
    }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;
};

struct Inflater
{
    z_stream stream{};
    bool ready = false;
    Inflater() { ready = inflateInit2(&stream, -kWindowBits) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;
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

// The deflated form, or an empty array when deflate fails or does not make the object smaller than stored.
QByteArray deflated(QByteArrayView json, Format format)
{
    thread_local Deflater d;
    if (!d.ready || deflateReset(&d.stream) != Z_OK)
        return {};
    const std::string_view dict = dictionaryFor(format);
    if (deflateSetDictionary(&d.stream, bytes(dict.data()), uInt(dict.size())) != Z_OK)
        return {};
    const qsizetype bound = qsizetype(deflateBound(&d.stream, uLong(json.size())));
    constexpr qsizetype kHeader = 1 + 5; // format + varint size
    // Provider objects reuse the thread's buffer; a rare large input gets its own, so the thread does not keep it.
    QByteArray large;
    QByteArray &buffer = kHeader + bound <= kKeptBuffer ? d.buffer : large;
    if (buffer.size() < kHeader + bound)
        buffer.resize(kHeader + bound);
    char *out = buffer.data();
    out[0] = static_cast<char>(format);
    const qsizetype header = 1 + writeVarint(out + 1, quint64(json.size()));
    d.stream.next_in = const_cast<Bytef *>(bytes(json.data())); // zlib's API is not const-correct
    d.stream.avail_in = uInt(json.size());
    d.stream.next_out = reinterpret_cast<Bytef *>(out + header);
    d.stream.avail_out = uInt(bound);
    if (deflate(&d.stream, Z_FINISH) != Z_STREAM_END)
        return {};
    const qsizetype total = header + qsizetype(d.stream.total_out);
    if (total > json.size()) // stored costs json.size() + 1
        return {};
    return QByteArray(out, total); // exact size: rows keep it for their lifetime
}

} // namespace

PackedJson::PackedJson(QByteArrayView json, Service service)
{
    if (json.isEmpty())
        return;
    if (json.size() <= kMaxDeflateInput)
        m_packed = deflated(json, formatFor[service]);
    if (m_packed.isEmpty())
        m_packed = stored(json);
}

PackedJson PackedJson::fromPacked(const QByteArray &packed)
{
    PackedJson p;
    p.m_packed = packed;
    return p;
}

QByteArray PackedJson::json() const
{
    if (m_packed.isEmpty())
        return {};
    const auto format = static_cast<unsigned char>(m_packed.at(0));
    if (format == Stored)
        return m_packed.sliced(1);
    const std::string_view dict = dictionaryFor(format);
    if (dict.empty())
        return {};
    quint64 size = 0;
    const qsizetype varint = readVarint(m_packed.constData() + 1, m_packed.size() - 1, size);
    const qsizetype header = 1 + varint;
    const qsizetype streamSize = m_packed.size() - header;
    if (varint == 0 || size == 0 || size > quint64(streamSize) * kMaxRatio)
        return {};

    thread_local Inflater inf;
    if (!inf.ready || inflateReset(&inf.stream) != Z_OK ||
        inflateSetDictionary(&inf.stream, bytes(dict.data()), uInt(dict.size())) != Z_OK)
        return {};
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    inf.stream.next_in = const_cast<Bytef *>(bytes(m_packed.constData() + header));
    inf.stream.avail_in = uInt(streamSize);
    inf.stream.next_out = reinterpret_cast<Bytef *>(out.data());
    inf.stream.avail_out = uInt(size);
    // Exactly the recorded size, ending exactly where the blob ends: anything else is a damaged blob.
    if (inflate(&inf.stream, Z_FINISH) != Z_STREAM_END || inf.stream.avail_out != 0 || inf.stream.avail_in != 0)
        return {};
    return out;
}

bool operator==(const PackedJson &a, const PackedJson &b)
{
    // The same JSON packs to the same bytes with the same dictionary; compare the JSON only when they differ.
    return a.m_packed == b.m_packed || a.json() == b.json();
}

} // namespace flowlog
