#pragma once

#include "apirequest.h"
#include "context.h"
#include "flowlogdraft.h"
#include "form.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <initializer_list>
#include <optional>

// What the Alibaba Cloud RPC handlers share: the error envelopes of the gateway and of ECR, and the list
// machinery (filters, tags, pages).
namespace flowlog::sandbox::aliyun {

// {"Code", "Message"} with status; the server adds RequestId.
[[nodiscard]] Reply error(int status, const QString &code, const QString &message);
// ECR's envelope: Success false, HttpStatusCode, and the dynamic parts that fill the message's %s.
[[nodiscard]] Reply ecrError(int status, const QString &code, const QString &message,
                             const QString &dynamicMessage = {});
// ECR's success envelope ({"Success": true, "Code": "200", "Message": "OK", "HttpStatusCode": 200}) and its answer
// to a DryRun that passed every check (nothing is done).
[[nodiscard]] QJsonObject ecrSuccess();
[[nodiscard]] Reply ecrDryRunPassed();
[[nodiscard]] Reply missing(const QString &parameter);
// The MissingParameter reply for the first required parameter params lacks; none when all are there.
[[nodiscard]] std::optional<Reply> missingRequired(const Pairs &params, std::initializer_list<const char *> required);
// SignatureDoesNotMatch as the gateway sends it: the message (with the server's string to sign), Recommend and
// the HostId that answered.
[[nodiscard]] Reply signatureMismatch(const ApiRequest &request, const QString &message);
// What the gateway answers when a RAM policy denies authAction ("vpc:DescribeFlowLogs") to the caller: 403
// NoPermission with an AccessDeniedDetail.
[[nodiscard]] Reply accessDenied(const QString &authAction, const Account &account);
// The first violation of the core rule table as {"Code", "Message"} (status 400), or a plain 200 reply.
[[nodiscard]] Reply firstViolation(const FlowLogDraft &draft);

// The draft a create of service describes: the string parameters that service's create takes, and Tag.N.
[[nodiscard]] FlowLogDraft draftFrom(Service service, const Pairs &params);
// A create with a ClientToken happens once: the id an earlier create of the draft's service with the same token from
// the same account returned; else a new id (idPrefix...) whose record joins key's list, and created is set. The record
// is what every Alibaba flow log carries (FlowLogId, FlowLogName, Description, ProjectName, LogStoreName,
// CreationTime now) plus the service's own members.
[[nodiscard]] QString createOnce(Context &context, const Account &account, const FlowLogDraft &draft,
                                 const QString &key, const QString &idPrefix, const QJsonObject &own, bool &created);

// How a regional service (VPC, CEN) answers a create.
struct RegionalCreate
{
    QString idPrefix;      // "fl-"
    QString initialStatus; // "Activating": Active after activationDelayMs (a Transition)
    QString unknownRegionCode;
    QString unknownRegionMessage;
    QJsonValue success; // VPC answers "true", CEN true
    // The service's answer when the draft names a network the account does not have there (aliyun/targets.h).
    std::optional<Reply> (*unknownTarget)(const Dataset &, const Account &, const FlowLogDraft &) = nullptr;
};
// A regional create: the draft against the core rule table (its first violation), the account's region, what it
// names (how.unknownTarget), then createOnce with RegionId, the initial Status and the service's own members; answers
// {"Success", "FlowLogId"}.
[[nodiscard]] Reply createInRegion(Context &context, const Account &account, const FlowLogDraft &draft,
                                   const RegionalCreate &how, const QJsonObject &own);

// The request params make without the signature's and the gateway's parameters nor those in ignore: action, then
// the rest sorted ("Action?k=v&k=v"). What a client token stands for, or a listing's query across its pages.
[[nodiscard]] QString requestFingerprint(const QString &action, const Pairs &params, const QStringList &ignore);

// Interval-like integers: empty stays 0 (the service default), garbage becomes -1 so validation rejects it.
[[nodiscard]] int intParam(const Pairs &params, const QString &key);
// PageNumber (default 1) and PageSize (default defaultSize, at most maxSize); nullopt with the offending parameter's
// name in invalid when either is not a valid number.
struct PageRequest
{
    int number = 1;
    int size = 20;
};
[[nodiscard]] std::optional<PageRequest> pageRequest(const Pairs &params, int maxSize, QString *invalid,
                                                     int defaultSize = 20);
// The VPC/CEN page of matching as documented: counters as strings, Success as a string; the records' public views
// under "FlowLogs", wrapped as {"FlowLog": [...]} when wrapped is set (CEN).
[[nodiscard]] Reply pageReply(const QList<QJsonObject> &matching, const PageRequest &page, bool wrapped);

// Tag.N.Key / Tag.N.Value (or Tags.N...) in N order, whatever order they arrived in.
[[nodiscard]] QList<Tag> tagsFromParams(const Pairs &params, const QString &prefix);
[[nodiscard]] QJsonArray tagArray(const QList<Tag> &tags);
// Every exact-match filter that is present must match; tags must all be present.
[[nodiscard]] QList<QJsonObject> filtered(const QList<QJsonObject> &all, const Pairs &params, const QStringList &exact,
                                          const QString &tagPrefix);
[[nodiscard]] QString utcNow();

// A created VPC/CEN log is "Activating"/"Creating" for this long, then Active.
inline constexpr qint64 activationDelayMs = 2000;

} // namespace flowlog::sandbox::aliyun
