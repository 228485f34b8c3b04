#include "aliyun/inventory.h"

#include "aliyun/common.h"
#include "resources.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <optional>

namespace flowlog::sandbox::aliyun {

namespace {

using namespace Qt::StringLiterals;

// PageNumber paging as the VPC and CEN list APIs have it: PageSize 1 to 50, default 10.
std::optional<Reply> readPage(const Pairs &params, PageRequest &page)
{
    QString invalid;
    const std::optional<PageRequest> read = pageRequest(params, 50, &invalid, 10);
    if (!read)
        return error(400, u"InvalidParameter"_s, u"The specified %1 is invalid."_s.arg(invalid));
    page = *read;
    return std::nullopt;
}

// One page of matching under outer (wrapped as {inner: [...]} when inner is given), counters as integers.
Reply numberedPage(const QList<QJsonObject> &matching, const PageRequest &page, const QString &outer,
                   const QString &inner = {})
{
    QJsonArray rows;
    const qsizetype from = static_cast<qsizetype>(page.number - 1) * page.size;
    for (qsizetype i = from; i < matching.size() && i < from + page.size; ++i)
        rows.append(matching.at(i));
    Reply r;
    r.body = QJsonObject{{u"TotalCount"_s, static_cast<qint64>(matching.size())},
                         {u"PageNumber"_s, page.number},
                         {u"PageSize"_s, page.size},
                         {outer, inner.isEmpty() ? QJsonValue(rows) : QJsonValue(QJsonObject{{inner, rows}})}};
    return r;
}

// NextToken paging (the CEN attachment lists, ECR): an opaque token bound to the list it came from, naming where the
// next page starts.
QString nextToken(const QString &scope, qsizetype offset)
{
    const QByteArray tag = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Md5).toHex().left(12);
    return QString::fromLatin1(("fl1:" + tag + ':' + QByteArray::number(offset)).toBase64());
}

qsizetype tokenOffset(const QString &scope, const QString &token)
{
    const QByteArray text = QByteArray::fromBase64(token.toLatin1());
    const QByteArray tag = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Md5).toHex().left(12);
    const QByteArray head = "fl1:" + tag + ':';
    bool ok = false;
    const qsizetype offset = text.startsWith(head) ? text.mid(head.size()).toLongLong(&ok) : -1;
    return ok && offset >= 0 ? offset : -1;
}

// The paging parameters themselves, left out of the query a token is bound to.
const QStringList &tokenParameters()
{
    static const QStringList names = {u"NextToken"_s, u"MaxResults"_s};
    return names;
}

struct TokenPage
{
    qsizetype from = 0;
    qint64 size = 20;
};

// MaxResults (1 to maxResults, default 20) and NextToken, or CEN's rejection of either.
std::optional<Reply> readTokenPage(const Pairs &params, const QString &scope, qint64 maxResults, TokenPage &page)
{
    const auto reject = [](const QString &parameter) {
        return error(400, u"InvalidParameter"_s, u"The specified %1 is invalid."_s.arg(parameter));
    };
    const QString size = value(params, u"MaxResults"_s);
    bool ok = true;
    page.size = size.isEmpty() ? 20 : size.toLongLong(&ok);
    if (!ok || page.size < 1 || page.size > maxResults)
        return reject(u"MaxResults"_s);
    const QString token = value(params, u"NextToken"_s);
    page.from = token.isEmpty() ? 0 : tokenOffset(scope, token);
    if (page.from < 0)
        return reject(u"NextToken"_s);
    return std::nullopt;
}

// One token page of matching under member: the rows, TotalCount, MaxResults, NextToken (empty on the last page).
QJsonObject tokenPageBody(const QList<QJsonObject> &matching, const TokenPage &page, const QString &scope,
                          const QString &member)
{
    QJsonArray rows;
    const qsizetype to = std::min<qsizetype>(matching.size(), page.from + page.size);
    for (qsizetype i = page.from; i < to; ++i)
        rows.append(matching.at(i));
    return QJsonObject{{u"TotalCount"_s, static_cast<qint64>(matching.size())},
                       {u"MaxResults"_s, page.size},
                       {u"NextToken"_s, to < matching.size() ? nextToken(scope, to) : QString()},
                       {member, rows}};
}

// The account's lists of a kind in the regions asked for (RegionId, or every region of the account).
QList<QJsonObject> inRegions(Context &context, const Account &account, ResourceKind kind, const Pairs &params)
{
    const QString region = value(params, u"RegionId"_s);
    QList<QJsonObject> out;
    for (const QString &r : std::as_const(account.regions)) {
        if (region.isEmpty() || r == region)
            out += context.dataset().resources().list(Resources::key(kind, account, r));
    }
    return out;
}

// A PageNumber list of one kind in the regions asked for, filtered by the parameters named and Tag.N.
Reply regionalPage(Context &context, const Account &account, const Pairs &params, ResourceKind kind,
                   const QStringList &filters, const QString &outer, const QString &inner = {})
{
    PageRequest page;
    if (std::optional<Reply> r = readPage(params, page))
        return *r;
    return numberedPage(filtered(inRegions(context, account, kind, params), params, filters, u"Tag"_s), page, outer,
                        inner);
}

Reply attachments(Context &context, const Account &account, const Pairs &params, ResourceKind kind,
                  const QString &resourceMember)
{
    TokenPage page;
    const QString scope = Resources::key(kind, account) + requestFingerprint({}, params, tokenParameters());
    if (std::optional<Reply> r = readTokenPage(params, scope, 100, page))
        return *r;
    const QList<QJsonObject> matching =
        filtered(inRegions(context, account, kind, params), params,
                 {u"CenId"_s, u"TransitRouterId"_s, u"TransitRouterAttachmentId"_s, resourceMember}, u"Tag"_s);
    Reply r;
    r.body = tokenPageBody(matching, page, scope, u"TransitRouterAttachments"_s);
    return r;
}

} // namespace

namespace vpc {

Reply describeVpcs(Context &context, const Account &account, const Pairs &params)
{
    const QString region = value(params, u"RegionId"_s);
    if (region.isEmpty())
        return missing(u"RegionId"_s);
    PageRequest page;
    if (std::optional<Reply> r = readPage(params, page))
        return *r;
    // The service refuses a page whose predecessor the caller never asked for ("page sequentially", its docs say).
    // UNCONFIRMED: its code's HTTP status and message.
    const QString query = account.accountId + requestFingerprint(u"DescribeVpcs"_s, params, {u"PageNumber"_s});
    if (page.number > 1 && !context.wasServed(query + QString::number(page.number - 1)))
        return error(400, u"Throttling.DeepPageSkip"_s,
                     u"Request was denied because it skipped pages: request page %1 after page %2."_s.arg(page.number)
                         .arg(page.number - 1));
    context.markServed(query + QString::number(page.number));

    QList<QJsonObject> matching =
        filtered(context.dataset().resources().list(Resources::key(ResourceKind::Vpc, account, region)), params,
                 {u"VpcName"_s, u"ResourceGroupId"_s}, u"Tag"_s);
    const QStringList ids = value(params, u"VpcId"_s).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString isDefault = value(params, u"IsDefault"_s);
    matching.removeIf([&](const QJsonObject &o) {
        return (!ids.isEmpty() && !ids.contains(o.value("VpcId"_L1).toString())) ||
               (!isDefault.isEmpty() && o.value("IsDefault"_L1).toBool() != (isDefault == "true"_L1));
    });
    return numberedPage(matching, page, u"Vpcs"_s, u"Vpc"_s);
}

Reply describeVSwitches(Context &context, const Account &account, const Pairs &params)
{
    return regionalPage(context, account, params, ResourceKind::VSwitch,
                        {u"VpcId"_s, u"VSwitchId"_s, u"ZoneId"_s, u"VSwitchName"_s, u"ResourceGroupId"_s},
                        u"VSwitches"_s, u"VSwitch"_s);
}

} // namespace vpc

namespace cen {

Reply describeCens(Context &context, const Account &account, const Pairs &params)
{
    PageRequest page;
    if (std::optional<Reply> r = readPage(params, page))
        return *r;
    // Filter.N.Key (CenId or Name) with its values Filter.N.Value.M: a CEN matches when each key has one of its values.
    QList<QJsonObject> matching = context.dataset().resources().list(Resources::key(ResourceKind::Cen, account));
    for (int n = 1; n <= 5; ++n) {
        const QString key = value(params, u"Filter.%1.Key"_s.arg(n));
        if (key.isEmpty())
            continue;
        if (key != "CenId"_L1 && key != "Name"_L1)
            return error(400, u"InvalidParameter"_s, u"The specified Filter.%1.Key is invalid."_s.arg(n));
        QStringList wanted;
        for (int m = 1; m <= 5; ++m)
            wanted += values(params, u"Filter.%1.Value.%2"_s.arg(n).arg(m));
        matching.removeIf([&](const QJsonObject &o) { return !wanted.contains(o.value(key).toString()); });
    }
    matching = filtered(matching, params, {u"ResourceGroupId"_s}, u"Tag"_s);
    return numberedPage(matching, page, u"Cens"_s, u"Cen"_s);
}

Reply listTransitRouters(Context &context, const Account &account, const Pairs &params)
{
    return regionalPage(context, account, params, ResourceKind::TransitRouter,
                        {u"CenId"_s, u"TransitRouterId"_s, u"TransitRouterName"_s, u"Status"_s, u"Type"_s},
                        u"TransitRouters"_s);
}

Reply listTransitRouterVpcAttachments(Context &context, const Account &account, const Pairs &params)
{
    return attachments(context, account, params, ResourceKind::TrVpcAttachment, u"VpcId"_s);
}

Reply listTransitRouterVbrAttachments(Context &context, const Account &account, const Pairs &params)
{
    return attachments(context, account, params, ResourceKind::TrVbrAttachment, u"VbrId"_s);
}

} // namespace cen

} // namespace flowlog::sandbox::aliyun
