#pragma once

#include "catalog.h"

#include <QString>

#include <optional>

namespace flowlog {

// The id of one source of a sweep, "profileId/service/region[/instance]" (the service as its key). Only this type
// builds and parses that text: table rows, the results cache, the status and tree models all key sources by it.
struct SourceId
{
    QString profileId;
    Service service = Service::Vpc;
    QString region;
    QString instanceId; // ECR: the ECR id; ER: the er_id; empty for per-region services

    [[nodiscard]] QString toString() const;
    // nullopt unless text has 3 or 4 non-empty parts and a known service key.
    [[nodiscard]] static std::optional<SourceId> parse(QStringView text);
    // The profile part alone (cheap; empty when text is not a source id).
    [[nodiscard]] static QString profileIdOf(QStringView text);

    friend bool operator==(const SourceId &, const SourceId &) = default;
};

} // namespace flowlog
