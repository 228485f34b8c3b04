#pragma once

#include "catalog.h"

#include <QString>

#include <optional>

namespace flowlog {

// The id of one source of a sweep, "profileId[~accountId]/service/region[/instance]" (the service as its key; the
// account id for an organisation member reached through its management profile). Only this type builds and parses
// that text: table rows, the results cache, the status and tree models all key sources by it.
struct SourceId
{
    QString profileId;
    Service service = Service::Vpc;
    QString region;
    QString instanceId; // ECR: the ECR id; ER: the er_id; empty for per-region services
    QString accountId;  // an organisation member's account id; empty for the profile's own account

    [[nodiscard]] QString toString() const;
    // nullopt unless text has 3 or 4 non-empty parts and a known service key.
    [[nodiscard]] static std::optional<SourceId> parse(QStringView text);
    // The profile part alone, without the account (cheap; empty when text is not a source id).
    [[nodiscard]] static QString profileIdOf(QStringView text);

    friend bool operator==(const SourceId &, const SourceId &) = default;
};

// The account a source belongs to, as the first part of its id: "profileId" or "profileId~accountId". Requests are
// limited per account (each has its own API quotas) and credentials are kept per account.
[[nodiscard]] QString accountKey(const QString &profileId, const QString &accountId);

} // namespace flowlog
