#pragma once

#include "apirequest.h"
#include "dataset.h"

#include <QHash>

#include <optional>

namespace flowlog::sandbox {

// Huawei Cloud Enterprise Router v3 REST under /v3/{project_id}/enterprise-router/{er_id}/flow-logs.
// Authenticates like the API gateway (SDK-HMAC-SHA256, its own canonicalisation; 401 APIGW.0301 on an unknown
// key, a bad signature or an X-Sdk-Date more than 15 minutes off), checks that the project belongs to the account
// and region and that the router exists, then lists (limit/marker paging, resource_type, resource_id, sort_key,
// sort_dir) or creates (the core rule table, X-Client-Token idempotency, 202 with a pending flow log that reads as
// available about 2 s later).
class HuaweiApi
{
public:
    explicit HuaweiApi(Dataset &dataset);

    [[nodiscard]] bool handles(const ApiRequest &request) const;
    [[nodiscard]] Reply handle(const ApiRequest &request);

    // Seeds the ER flow logs of a Huawei account: one list per region and router, deterministic from seed.
    static void seed(Dataset &dataset, Account &account, quint32 seed, int perSource);

    // Dataset key of one router's flow logs.
    [[nodiscard]] static QString storageKey(const QString &accessKeyId, const QString &projectId, const QString &erId);

    static constexpr int maxLimit = 2000;
    static constexpr qint64 pendingMs = 2000; // a created flow log reads as pending this long

private:
    struct Target
    {
        const Account *account = nullptr;
        QString projectId;
        QString erId;
        QString region;
    };

    // The rejection, or nothing when the caller may go on with target filled in.
    [[nodiscard]] std::optional<Reply> authenticate(const ApiRequest &request, Target &target) const;
    [[nodiscard]] Reply list(const ApiRequest &request, const Target &target);
    [[nodiscard]] Reply create(const ApiRequest &request, const Target &target);
    [[nodiscard]] static Reply error(int status, const QString &code, const QString &message);

    Dataset &m_dataset;
    QHash<QString, QString> m_tokens; // access key + client token -> flow log id
};

} // namespace flowlog::sandbox
