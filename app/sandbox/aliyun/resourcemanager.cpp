#include "aliyun/common.h"
#include "aliyun/operations.h"

#include <QCryptographicHash>
#include <QDateTime>

// Resource Directory (resourcemanager 2020-03-31) ListAccounts: the management account lists its directory, itself
// included (Type CloudAccount, invited), then its members (ResourceAccount, created).
namespace flowlog::sandbox::aliyun::resourcemanager {

using namespace Qt::StringLiterals;

namespace {

// A short id of the directory's objects ("rd-", "r-", "fd-"), stable for what it names.
QString shortId(const QString &prefix, const QString &of)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    const QByteArray h = QCryptographicHash::hash(of.toUtf8(), QCryptographicHash::Md5);
    QString id = prefix;
    for (int i = 0; i < 10; ++i)
        id += QLatin1Char(alphabet[static_cast<unsigned char>(h.at(i)) % 36]);
    return id;
}

QJsonObject entry(const Account &a, const Account &management)
{
    const QString directory = shortId(QStringLiteral("rd-"), management.accountId);
    const QString root = shortId(QStringLiteral("r-"), management.accountId);
    const QString folder = a.memberOf.isEmpty() ? root : shortId(QStringLiteral("fd-"), management.accountId);
    QRandomGenerator rng(Dataset::seedFrom(a.accountId));
    const QString joined = Dataset::creationTime(rng).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    const bool member = !a.memberOf.isEmpty();
    return QJsonObject{
        {QStringLiteral("AccountId"), a.accountId},
        {QStringLiteral("DisplayName"), a.name},
        {QStringLiteral("AccountName"), QStringLiteral("%1@%2.aliyunid.com").arg(a.name, directory)},
        {QStringLiteral("Type"), member ? QStringLiteral("ResourceAccount") : QStringLiteral("CloudAccount")},
        {QStringLiteral("Status"), QStringLiteral("CreateSuccess")},
        {QStringLiteral("FolderId"), folder},
        {QStringLiteral("JoinMethod"), member ? QStringLiteral("created") : QStringLiteral("invited")},
        {QStringLiteral("JoinTime"), joined},
        {QStringLiteral("ModifyTime"), joined},
        {QStringLiteral("ResourceDirectoryId"), directory},
        {QStringLiteral("ResourceDirectoryPath"), member ? QStringLiteral("%1/%2/%3").arg(directory, root, folder)
                                                         : QStringLiteral("%1/%2").arg(directory, root)}};
}

Reply listAccounts(Context &context, const Account &account, const Pairs &params)
{
    if (!account.memberOf.isEmpty())
        return error(409, QStringLiteral("NoPermission.ResourceDirectory.MemberAccount"),
                     QStringLiteral("ResourceDirectory Member Account is not authorized to perform this operation."));
    if (!account.organization)
        return error(404, QStringLiteral("NotExists.ResourceDirectory"),
                     QStringLiteral("The resource directory for the account is not enabled."));
    if (isDenied(context.options(), u"list-accounts"))
        return accessDenied(QStringLiteral("resourcemanager:ListAccounts"), account);
    QString invalid;
    const std::optional<PageRequest> paging = pageRequest(params, 100, &invalid, 10);
    if (!paging)
        return error(400, QStringLiteral("InvalidParameter.%1").arg(invalid),
                     QStringLiteral("The parameter %1 is invalid.").arg(invalid));
    const QString keyword = value(params, QStringLiteral("QueryKeyword"));
    QList<const Account *> accounts{&account};
    accounts.append(context.dataset().membersOf(account));
    QList<QJsonObject> matching;
    for (const Account *a : std::as_const(accounts)) {
        if (keyword.isEmpty() || a->name.contains(keyword, Qt::CaseInsensitive) || a->accountId.contains(keyword))
            matching.append(entry(*a, account));
    }
    QJsonArray page;
    const qsizetype from = static_cast<qsizetype>(paging->number - 1) * paging->size;
    for (qsizetype i = from; i < matching.size() && i < from + paging->size; ++i)
        page.append(matching.at(i));
    // Counters as integers here (a newer service than VPC and CEN).
    Reply r;
    r.body = QJsonObject{{QStringLiteral("TotalCount"), static_cast<qint64>(matching.size())},
                         {QStringLiteral("PageNumber"), paging->number},
                         {QStringLiteral("PageSize"), paging->size},
                         {QStringLiteral("Accounts"), QJsonObject{{QStringLiteral("Account"), page}}}};
    return r;
}

constexpr Action actions[] = {
    {"ListAccounts"_L1, &listAccounts},
};

} // namespace

const Product product{"resourcemanager"_L1, "2020-03-31"_L1, actions};

} // namespace flowlog::sandbox::aliyun::resourcemanager
