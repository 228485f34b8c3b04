#pragma once

#include "catalog.h"
#include "httptypes.h"
#include "listpage.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace flowlog {

// The target of an operation: a profile (who), a region, an instance and a project (where), the endpoint override.
// For a flow-log sweep it is one source: profile x service x region [x instance]; its list job follows every page.
struct SourceSpec
{
    QString profileId;
    QString profileName;
    // An organisation member reached through the profile (issue 16): its account id and the Account column's
    // "display name (id)". Empty for the profile's own account.
    QString accountId;
    QString accountName;
    Service service = Service::Vpc;
    QString region;
    QString instanceId; // ECR: EcrId; ER: er_id
    QString projectId;  // Huawei: project id of the region
    QUrl endpointOverride;

    // Server-side filters, passed through as the API's own parameter names (e.g. VpcId, Status, Tags.1.Key).
    Params filters;
    int pageSize = 0; // 0 = the operation's default

    [[nodiscard]] QString id() const; // stable: SourceId (sourceid.h) builds and parses it
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] Provider provider() const { return providerOf(service); }
    // Who and where, stamped on every row listed for this target.
    [[nodiscard]] RowContext rowContext() const { return RowContext{account(), profileId, region}; }
    // The account the requests are charged to (sourceid.h: accountKey): the gate's group.
    [[nodiscard]] QString accountKey() const;
    // Whose rows these are: the member's "display name (id)", else the profile's name.
    [[nodiscard]] QString account() const { return accountName.isEmpty() ? profileName : accountName; }
    // The base URL this target reaches for a product: the product's endpoint rule for the region, with the
    // profile's override applied.
    [[nodiscard]] QUrl endpoint(const ApiProduct &product) const;
};

} // namespace flowlog

Q_DECLARE_METATYPE(flowlog::SourceSpec)
