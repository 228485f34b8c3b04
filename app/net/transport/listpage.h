#pragma once

#include "apierror.h"
#include "flowlog.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace flowlog {

// What paging needs from one parsed list page, whatever its items are.
struct PageInfo
{
    QString requestId;
    qint64 totalCount = -1;  // -1: not sent
    int pageNumber = 0;      // PageNumber APIs
    int pageSize = 0;        // as the service reports it
    QString nextToken;       // NextToken / next_marker APIs
    qsizetype sentRows = -1; // rows the service sent, before client-side filters (-1: as many as the page holds)
    ApiError error;          // Parse error when the body is not what the API documents
};

// One parsed list page of rows of any kind: flow logs (ListPage) or other resources (ResourcePage).
template<typename Row> struct Page : PageInfo
{
    QList<Row> rows;
};

// The context a mapper stamps on every row (who and where the rows came from).
struct RowContext
{
    QString account;
    QString profileId;
    QString region; // used when the object has no region of its own

    // A flow log of a service stamped with this context (account, profile, provider, service, region).
    [[nodiscard]] FlowLog newFlowLog(Service service) const;
    // A resource stamped with this context (account, profile, region), keeping the provider's object as rawJson.
    [[nodiscard]] struct Resource newResource(QByteArray rawJson) const;
};

// A provider resource that is not a flow log (a region, account, project, VPC, vSwitch, router, attachment or
// instance) in the neutral form every discovery list hands on.
struct Resource
{
    QString account; // the profile that listed it
    QString profileId;
    QString region; // the object's own region, else the region asked
    QString id;     // RegionId, VpcId, account id, router id...
    QString name;   // LocalName, VpcName, DisplayName...
    QString status;
    QString parentId; // the VPC of a vSwitch, the router of an attachment, the ECR of a child instance
    QList<std::pair<QString, QString>> attributes; // further documented fields, by the provider's own names
    QByteArray rawJson;                            // the provider's object, compact, for details

    // The value of an attribute, empty when absent.
    [[nodiscard]] QString attribute(QStringView key) const;
};

using ListPage = Page<FlowLog>;
using ResourcePage = Page<Resource>;

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::Resource)
