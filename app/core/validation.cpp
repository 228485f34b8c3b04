#include "validation.h"

#include "idshapes.h"

#include <QSet>

#include <utility>

namespace flowlog {

namespace {

// The codes each provider answers with for a broken rule (from the reference pages where they give one).
struct Codes
{
    QString missing;
    QString name;
    QString description;
    QString enumeration;
    QString projectName;
    QString logStoreName;
    QString interval;
    QString tagKey;
    QString tagValue;
    QString other;
};

Codes codesFor(Service s)
{
    switch (s) {
    case Service::Vpc:
        // The VPC page documents MissingParameter and INVALID_PARAMETER; names follow CEN's InvalidName family.
        return {QStringLiteral("MissingParameter"),          QStringLiteral("InvalidName"),
                QStringLiteral("InvalidDescription"),        QStringLiteral("INVALID_PARAMETER"),
                QStringLiteral("INVALID_PARAMETER"),         QStringLiteral("INVALID_PARAMETER"),
                QStringLiteral("InvalidParameter.Interval"), QStringLiteral("IllegalParam.TagKey"),
                QStringLiteral("IllegalParam.TagValue"),     QStringLiteral("INVALID_PARAMETER")};
    case Service::Cen:
        return {QStringLiteral("MissingParameter"),          QStringLiteral("InvalidName"),
                QStringLiteral("InvalidDescription"),        QStringLiteral("InvalidParameter"),
                QStringLiteral("InvalidParameter"),          QStringLiteral("InvalidParameter"),
                QStringLiteral("InvalidParameter.Interval"), QStringLiteral("IllegalParam.TagKey"),
                QStringLiteral("IllegalParam.TagValue"),     QStringLiteral("InvalidParameter")};
    case Service::Ecr:
        // ECR names the parameter in the code: IllegalParamFormat.%s.
        return {QStringLiteral("MissingParameter"),
                QStringLiteral("IllegalParamFormat.FlowLogName"),
                QStringLiteral("IllegalParamFormat.Description"),
                QStringLiteral("IllegalParamFormat.SamplingRate"),
                QStringLiteral("IllegalParamFormat.ProjectName"),
                QStringLiteral("IllegalParamFormat.LogStoreName"),
                QStringLiteral("IllegalParamFormat.Interval"),
                QStringLiteral("IllegalParam.TagKey"),
                QStringLiteral("IllegalParam.TagValue"),
                QStringLiteral("IllegalParamFormat")};
    case Service::Er: {
        // Huawei ER answers parameter errors with one service code; the message names the parameter.
        const QString c = QStringLiteral("ER.0001");
        return {c, c, c, c, c, c, c, c, c, c};
    }
    }
    return {};
}

bool startsWithHttp(const QString &v)
{
    return v.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           v.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool containsHttp(const QString &v)
{
    return v.contains(QLatin1String("http://"), Qt::CaseInsensitive) ||
           v.contains(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool startsWithReservedTagPrefix(const QString &v)
{
    return v.startsWith(QLatin1String("aliyun"), Qt::CaseInsensitive) ||
           v.startsWith(QLatin1String("acs:"), Qt::CaseInsensitive);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isLowerOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || isAsciiDigit(c);
}

// Collects the violations of one draft.
class Checker
{
public:
    Checker(Service s, QList<Violation> &out)
        : m_codes(codesFor(s))
        , m_out(out)
    {}

    const Codes &codes() const { return m_codes; }

    void add(QLatin1StringView field, const char *rule, const QString &code, const QString &message, int tag = -1)
    {
        m_out.append({QString(field), QString(field) + QLatin1Char('.') + QLatin1String(rule), code, message, tag});
    }

    // False (and a violation) when value is blank.
    bool require(QLatin1StringView field, const QString &value, const QString &label)
    {
        if (!value.trimmed().isEmpty())
            return true;
        add(field, "required", m_codes.missing, Rules::tr("Enter %1: the service requires it.").arg(label));
        return false;
    }

    void length(QLatin1StringView field, const QString &value, int min, int max, const QString &code)
    {
        const auto n = value.size();
        if (n >= min && n <= max)
            return;
        add(field, "length", code,
            min == max ? Rules::tr("Use exactly %1 characters (now %2).").arg(min).arg(n)
            : min <= 1 ? Rules::tr("Use at most %1 characters (now %2).").arg(max).arg(n)
                       : Rules::tr("Use %1 to %2 characters (now %3).").arg(min).arg(max).arg(n));
    }

    // An id of the wrong shape (idshapes.h) names nothing the account could have.
    void idShape(Service s, QLatin1StringView field, const QString &value, const QString &resourceType = {})
    {
        const IdShape *shape = idShapeFor(s, field, resourceType);
        if (!shape || hasIdShape(*shape, value))
            return;
        const QString what = QCoreApplication::translate("Rules", shape->what.data());
        const QString now = value.size() > 40 ? value.left(39) + QChar(0x2026) : value;
        add(field, "shape", QString(shape->providerCode),
            shape->prefix.isEmpty()
                ? Rules::tr("The %1 id must be a UUID such as 6f83b848-8331-4271-ac0c-ef94b7686402 (now “%2”).")
                      .arg(what, now)
                : Rules::tr("The %1 id must start with %2 (now “%3”).").arg(what, QString(shape->prefix), now));
    }

    void noHttpPrefix(QLatin1StringView field, const QString &value, const QString &code)
    {
        if (startsWithHttp(value))
            add(field, "prefix", code, Rules::tr("Must not start with http:// or https://."));
    }

    void oneOf(QLatin1StringView field, const QString &value, const QStringList &allowed, const QString &code)
    {
        if (!allowed.contains(value))
            add(field, "enum", code,
                Rules::tr("\"%1\" is not accepted: choose one of %2.").arg(value, allowed.join(QStringLiteral(", "))));
    }

    // SLS project (no '_') and logstore ('_' allowed) names: 3-63, lowercase, start and end with [a-z0-9].
    void slsName(QLatin1StringView field, const QString &value, bool allowUnderscore, const QString &code)
    {
        length(field, value, 3, 63, code);
        bool charsOk = true;
        for (QChar c : value) {
            if (!isLowerOrDigit(c) && c != QLatin1Char('-') && !(allowUnderscore && c == QLatin1Char('_')))
                charsOk = false;
        }
        if (!charsOk)
            add(field, "chars", code,
                allowUnderscore ? Rules::tr("Use only lowercase letters, digits, '-' and '_'.")
                                : Rules::tr("Use only lowercase letters, digits and '-'."));
        if (!value.isEmpty() && (!isLowerOrDigit(value.front()) || !isLowerOrDigit(value.back())))
            add(field, "edge", code, Rules::tr("Start and end with a lowercase letter or a digit."));
    }

    void tags(Service s, const QList<Tag> &tags)
    {
        if (tags.isEmpty())
            return;
        const int keyMax = maxTagKeyLength(s);
        if (keyMax == 0) {
            add(fields::Tags, "unsupported", m_codes.other,
                Rules::tr("%1 flow logs take no tags: remove them.").arg(serviceDisplayName(s)));
            return;
        }
        if (tags.size() > maxTags)
            add(fields::Tags, "count", m_codes.tagKey,
                Rules::tr("Use at most %1 tags (now %2): remove some.").arg(maxTags).arg(tags.size()));
        // CEN and ECR pages forbid http(s):// in values too; VPC only in keys.
        const bool valueHttpForbidden = s == Service::Cen || s == Service::Ecr;
        QSet<QString> seen;
        for (int i = 0; i < tags.size(); ++i) {
            const Tag &t = tags.at(i);
            const int row = i + 1;
            if (t.key.trimmed().isEmpty()) {
                add(fields::Tags, "key.required", m_codes.tagKey, Rules::tr("Tag %1: enter a key.").arg(row), i);
            } else {
                if (t.key.size() > keyMax)
                    add(fields::Tags, "key.length", m_codes.tagKey,
                        Rules::tr("Tag %1: use a key of at most %2 characters (now %3).")
                            .arg(row)
                            .arg(keyMax)
                            .arg(t.key.size()),
                        i);
                if (startsWithReservedTagPrefix(t.key))
                    add(fields::Tags, "key.prefix", m_codes.tagKey,
                        Rules::tr("Tag %1: a key must not start with \"aliyun\" or \"acs:\".").arg(row), i);
                if (containsHttp(t.key))
                    add(fields::Tags, "key.http", m_codes.tagKey,
                        Rules::tr("Tag %1: a key must not contain http:// or https://.").arg(row), i);
                if (seen.contains(t.key))
                    add(fields::Tags, "key.duplicate", m_codes.tagKey,
                        Rules::tr("Tag %1: the key \"%2\" is already used: use each key once.").arg(row).arg(t.key), i);
                seen.insert(t.key);
            }
            if (t.value.size() > maxTagValueLength)
                add(fields::Tags, "value.length", m_codes.tagValue,
                    Rules::tr("Tag %1: use a value of at most %2 characters (now %3).")
                        .arg(row)
                        .arg(maxTagValueLength)
                        .arg(t.value.size()),
                    i);
            if (startsWithReservedTagPrefix(t.value))
                add(fields::Tags, "value.prefix", m_codes.tagValue,
                    Rules::tr("Tag %1: a value must not start with \"aliyun\" or \"acs:\".").arg(row), i);
            if (valueHttpForbidden && containsHttp(t.value))
                add(fields::Tags, "value.http", m_codes.tagValue,
                    Rules::tr("Tag %1: a value must not contain http:// or https://.").arg(row), i);
        }
    }

    void interval(Service s, int seconds)
    {
        if (isAllowedInterval(s, seconds))
            return;
        QStringList values;
        if (s == Service::Er) {
            values << Rules::tr("1 to 10 min");
        } else {
            // Every choice is whole minutes: shown in minutes, as the forms and the table show them.
            for (int v : allowedIntervalsSeconds(s))
                values << (v % 60 == 0 ? Rules::tr("%1 min").arg(v / 60) : Rules::tr("%1 s").arg(v));
        }
        add(fields::Interval, "enum", m_codes.interval,
            seconds < 0 ? Rules::tr("Unreadable interval: use %1.").arg(values.join(QStringLiteral(", ")))
                        : Rules::tr("%1 does not offer an interval of %2 s: use %3.")
                              .arg(serviceDisplayName(s))
                              .arg(seconds)
                              .arg(values.join(QStringLiteral(", "))));
    }

private:
    Codes m_codes;
    QList<Violation> &m_out;
};

void checkSlsStorage(Checker &c, const FlowLogDraft &d)
{
    if (c.require(fields::ProjectName, d.projectName, Rules::tr("the SLS project name")))
        c.slsName(fields::ProjectName, d.projectName, false, c.codes().projectName);
    if (c.require(fields::LogStoreName, d.logStoreName, Rules::tr("the SLS logstore name")))
        c.slsName(fields::LogStoreName, d.logStoreName, true, c.codes().logStoreName);
}

void checkVpc(Checker &c, const FlowLogDraft &d)
{
    const Codes &k = c.codes();
    c.require(fields::Region, d.region, Rules::tr("a region"));
    if (!d.name.isEmpty()) {
        c.length(fields::Name, d.name, 2, 128, k.name);
        bool charsOk = true;
        for (QChar ch : d.name) {
            if (!ch.isLetter() && !isAsciiDigit(ch) && ch != QLatin1Char('.') && ch != QLatin1Char('_') &&
                ch != QLatin1Char('-'))
                charsOk = false;
        }
        if (!charsOk)
            c.add(fields::Name, "chars", k.name, Rules::tr("Use only letters, digits, '.', '_' and '-'."));
        if (!d.name.front().isLetter())
            c.add(fields::Name, "first", k.name, Rules::tr("Start the name with a letter."));
        c.noHttpPrefix(fields::Name, d.name, k.name);
    }
    if (!d.description.isEmpty()) {
        c.length(fields::Description, d.description, 2, 256, k.description);
        if (!d.description.front().isLetter())
            c.add(fields::Description, "first", k.description, Rules::tr("Start the description with a letter."));
        c.noHttpPrefix(fields::Description, d.description, k.description);
    }
    if (c.require(fields::ResourceType, d.resourceType, Rules::tr("the resource type")))
        c.oneOf(fields::ResourceType, d.resourceType, allowedResourceTypes(Service::Vpc), k.enumeration);
    if (c.require(fields::ResourceId, d.resourceId, Rules::tr("the resource id")))
        c.idShape(Service::Vpc, fields::ResourceId, d.resourceId, d.resourceType);
    if (c.require(fields::TrafficType, d.trafficType, Rules::tr("the traffic type")))
        c.oneOf(fields::TrafficType, d.trafficType, allowedTrafficTypes(), k.enumeration);
    for (const QString &path : d.trafficPaths)
        c.oneOf(fields::TrafficPath, path, allowedTrafficPaths(), k.enumeration);
    checkSlsStorage(c, d);
    c.interval(Service::Vpc, d.intervalSeconds);
    c.tags(Service::Vpc, d.tags);
}

void checkCen(Checker &c, const FlowLogDraft &d)
{
    const Codes &k = c.codes();
    c.require(fields::Region, d.region, Rules::tr("a region"));
    if (c.require(fields::CenId, d.cenId, Rules::tr("the CEN instance id")))
        c.idShape(Service::Cen, fields::CenId, d.cenId);
    c.idShape(Service::Cen, fields::TransitRouterId, d.transitRouterId);
    c.idShape(Service::Cen, fields::TransitRouterAttachmentId, d.transitRouterAttachmentId);
    if (!d.name.isEmpty()) {
        c.length(fields::Name, d.name, 1, 128, k.name);
        c.noHttpPrefix(fields::Name, d.name, k.name);
    }
    if (!d.description.isEmpty()) {
        c.length(fields::Description, d.description, 1, 256, k.description);
        c.noHttpPrefix(fields::Description, d.description, k.description);
    }
    checkSlsStorage(c, d);
    c.interval(Service::Cen, d.intervalSeconds);
    if (!d.logFormat.isEmpty()) {
        c.length(fields::LogFormat, d.logFormat, 1, 1000, k.other);
        if (!d.logFormat.startsWith(QLatin1String("${srcaddr}${dstaddr}${bytes}")))
            c.add(fields::LogFormat, "start", k.other,
                  Rules::tr("Start the log format with ${srcaddr}${dstaddr}${bytes}."));
    }
    c.tags(Service::Cen, d.tags);
}

void checkEcr(Checker &c, const FlowLogDraft &d)
{
    const Codes &k = c.codes();
    if (c.require(fields::EcrId, d.ecrId, Rules::tr("the ECR instance id")))
        c.idShape(Service::Ecr, fields::EcrId, d.ecrId);
    if (c.require(fields::InstanceId, d.instanceId, Rules::tr("the VBR instance id")))
        c.idShape(Service::Ecr, fields::InstanceId, d.instanceId);
    c.length(fields::Name, d.name, 0, 128, k.name);
    c.noHttpPrefix(fields::Name, d.name, k.name);
    c.length(fields::Description, d.description, 0, 256, k.description);
    c.noHttpPrefix(fields::Description, d.description, k.description);
    checkSlsStorage(c, d);
    c.interval(Service::Ecr, d.intervalSeconds);
    if (!d.samplingRate.isEmpty())
        c.oneOf(fields::SamplingRate, d.samplingRate, allowedSamplingRates(), k.enumeration);
    c.tags(Service::Ecr, d.tags);
}

void checkEr(Checker &c, const FlowLogDraft &d)
{
    const Codes &k = c.codes();
    c.require(fields::Region, d.region, Rules::tr("a region"));
    if (c.require(fields::ErId, d.erId, Rules::tr("the enterprise router id")))
        c.idShape(Service::Er, fields::ErId, d.erId);
    // Huawei documents only the lengths of name (1-64) and description (0-255): no character rule is documented for
    // either (huaweicloud-er-CreateFlowLog), so none is applied.
    if (c.require(fields::Name, d.name, Rules::tr("a name")))
        c.length(fields::Name, d.name, 1, 64, k.name);
    c.length(fields::Description, d.description, 0, 255, k.description);
    if (!d.resourceType.isEmpty())
        c.oneOf(fields::ResourceType, d.resourceType, allowedResourceTypes(Service::Er), k.enumeration);
    if (c.require(fields::ResourceId, d.resourceId, Rules::tr("the attachment id")))
        c.idShape(Service::Er, fields::ResourceId, d.resourceId);
    if (c.require(fields::LogGroupId, d.logGroupId, Rules::tr("the LTS log group id")))
        c.idShape(Service::Er, fields::LogGroupId, d.logGroupId);
    if (c.require(fields::LogStreamId, d.logStreamId, Rules::tr("the LTS log stream id")))
        c.idShape(Service::Er, fields::LogStreamId, d.logStreamId);
    c.interval(Service::Er, d.intervalSeconds);
    c.tags(Service::Er, d.tags);
}

// Wire names: Alibaba RPC parameters, Huawei JSON keys.
const QList<std::pair<QLatin1StringView, QLatin1StringView>> &aliyunWireNames()
{
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> names = {
        {fields::Region, QLatin1StringView("RegionId")},
        {fields::Name, QLatin1StringView("FlowLogName")},
        {fields::Description, QLatin1StringView("Description")},
        {fields::ResourceType, QLatin1StringView("ResourceType")},
        {fields::ResourceId, QLatin1StringView("ResourceId")},
        {fields::TrafficType, QLatin1StringView("TrafficType")},
        {fields::TrafficPath, QLatin1StringView("TrafficPath")},
        {fields::ProjectName, QLatin1StringView("ProjectName")},
        {fields::LogStoreName, QLatin1StringView("LogStoreName")},
        {fields::Interval, QLatin1StringView("Interval")},
        {fields::SamplingRate, QLatin1StringView("SamplingRate")},
        {fields::CenId, QLatin1StringView("CenId")},
        {fields::TransitRouterId, QLatin1StringView("TransitRouterId")},
        {fields::TransitRouterAttachmentId, QLatin1StringView("TransitRouterAttachmentId")},
        {fields::LogFormat, QLatin1StringView("LogFormatString")},
        {fields::EcrId, QLatin1StringView("EcrId")},
        {fields::InstanceId, QLatin1StringView("InstanceId")},
        {fields::Tags, QLatin1StringView("Tag")},
    };
    return names;
}

const QList<std::pair<QLatin1StringView, QLatin1StringView>> &huaweiWireNames()
{
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> names = {
        {fields::Name, QLatin1StringView("name")},
        {fields::Description, QLatin1StringView("description")},
        {fields::ResourceType, QLatin1StringView("resource_type")},
        {fields::ResourceId, QLatin1StringView("resource_id")},
        {fields::LogGroupId, QLatin1StringView("log_group_id")},
        {fields::LogStreamId, QLatin1StringView("log_stream_id")},
        {fields::ErId, QLatin1StringView("er_id")},
    };
    return names;
}

} // namespace

int maxTagKeyLength(Service s)
{
    switch (s) {
    case Service::Cen:
        return 64;
    case Service::Vpc:
    case Service::Ecr:
        return 128;
    case Service::Er:
        return 0;
    }
    return 0;
}

QList<int> allowedIntervalsSeconds(Service s)
{
    switch (s) {
    case Service::Vpc:
        return {60, 300, 600};
    case Service::Cen:
    case Service::Ecr:
        return {60, 600};
    case Service::Er:
        return {60, 120, 180, 240, 300, 360, 420, 480, 540, 600};
    }
    return {};
}

int defaultIntervalSeconds(Service s)
{
    Q_UNUSED(s);
    return 600; // VPC 10 min, CEN and ECR 600 s, ER's example answers 600
}

bool isAllowedInterval(Service s, int seconds)
{
    if (seconds == 0)
        return true;
    if (s == Service::Er)
        return seconds >= 60 && seconds <= 600;
    return allowedIntervalsSeconds(s).contains(seconds);
}

QStringList allowedSamplingRates()
{
    return {QStringLiteral("1:4096"), QStringLiteral("1:2048"), QStringLiteral("1:1024")};
}

QStringList allowedResourceTypes(Service s)
{
    switch (s) {
    case Service::Vpc:
        return {QStringLiteral("NetworkInterface"), QStringLiteral("VSwitch"), QStringLiteral("VPC")};
    case Service::Er:
        return {QStringLiteral("attachment")};
    case Service::Cen:
    case Service::Ecr:
        return {};
    }
    return {};
}

QStringList allowedTrafficTypes()
{
    return {QStringLiteral("All"), QStringLiteral("Allow"), QStringLiteral("Drop")};
}

QStringList allowedTrafficPaths()
{
    return {QStringLiteral("all"), QStringLiteral("internetGateway")};
}

QList<Violation> validateDraft(const FlowLogDraft &draft)
{
    QList<Violation> out;
    Checker c(draft.service, out);
    switch (draft.service) {
    case Service::Vpc:
        checkVpc(c, draft);
        break;
    case Service::Cen:
        checkCen(c, draft);
        break;
    case Service::Ecr:
        checkEcr(c, draft);
        break;
    case Service::Er:
        checkEr(c, draft);
        break;
    }
    return out;
}

QMap<QString, QString> violationsByField(const QList<Violation> &violations)
{
    QMap<QString, QString> out;
    for (const Violation &v : violations) {
        if (!out.contains(v.field))
            out.insert(v.field, v.message);
    }
    return out;
}

QString wireParameterName(Service s, QStringView field)
{
    if (s == Service::Vpc && field == fields::Interval)
        return QStringLiteral("AggregationInterval");
    const auto &names = s == Service::Er ? huaweiWireNames() : aliyunWireNames();
    for (const auto &[f, wire] : names) {
        if (field == f)
            return QString(wire);
    }
    return {};
}

QString fieldForProviderError(Service s, const QString &code, const QString &message)
{
    if (code == QLatin1String("InvalidName"))
        return QString(fields::Name);
    if (code == QLatin1String("InvalidDescription"))
        return QString(fields::Description);
    if (code.startsWith(QLatin1String("IllegalParam.Tag")) || code.startsWith(QLatin1String("InvalidTag")))
        return QString(fields::Tags);
    if (code == QLatin1String("InvalidParameter.Interval"))
        return QString(fields::Interval);
    // ER's answer for an attachment the router does not have names no parameter: it is the resource watched.
    if (s == Service::Er && code == QLatin1String("ER.04040003"))
        return QString(fields::ResourceId);
    const auto &names = s == Service::Er ? huaweiWireNames() : aliyunWireNames();
    // A segment of the code names the parameter: "IllegalParamFormat.FlowLogName", "MissingProjectName",
    // "InvalidRegionId.NotFound", "ResourceNotFound.EcrId".
    static const QLatin1StringView prefixes[] = {QLatin1StringView("IllegalParamFormat"),
                                                 QLatin1StringView("IllegalParam"), QLatin1StringView("Invalid"),
                                                 QLatin1StringView("Illegal"), QLatin1StringView("Missing")};
    for (const QString &segment : code.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QStringList candidates{segment};
        for (const QLatin1StringView prefix : prefixes) {
            if (segment.startsWith(prefix) && segment.size() > prefix.size())
                candidates << segment.mid(prefix.size());
        }
        for (const QString &candidate : std::as_const(candidates)) {
            if (s == Service::Vpc && candidate == QLatin1String("AggregationInterval"))
                return QString(fields::Interval);
            for (const auto &[field, wire] : names) {
                if (candidate.compare(wire, Qt::CaseInsensitive) == 0)
                    return QString(field);
            }
        }
    }
    // Otherwise a parameter the message names; longest names first so "ResourceId" wins over "Id".
    QString best;
    qsizetype bestLength = 0;
    for (const auto &[field, wire] : names) {
        const QString w =
            s == Service::Vpc && field == fields::Interval ? QStringLiteral("AggregationInterval") : QString(wire);
        if (w.size() <= bestLength)
            continue;
        const qsizetype at = message.indexOf(w);
        if (at < 0)
            continue;
        // Whole words only, so "name" does not match inside "log_group_name" or "FlowLogName" inside longer text.
        const auto isWordChar = [](QChar ch) { return ch.isLetterOrNumber() || ch == QLatin1Char('_'); };
        const bool startOk = at == 0 || !isWordChar(message.at(at - 1));
        const bool endOk = at + w.size() >= message.size() || !isWordChar(message.at(at + w.size()));
        if (startOk && endOk) {
            best = QString(field);
            bestLength = w.size();
        }
    }
    return best;
}

} // namespace flowlog
