#pragma once

#include <initializer_list>
#include <optional>

#include "apirequest.h"
#include "dataset.h"

#include <QHash>
#include <QSet>

namespace flowlog::sandbox {

// Alibaba Cloud RPC on "/": Action + Version select VPC (2016-04-28), CEN/Cbn (2017-09-12) and ECR (2023-09-01).
// Authenticates like the service (RPC v1 parameters or an ACS3-HMAC-SHA256 Authorization header, with its own
// canonicalisation), then answers in each API's documented shape. Data keys: "vpc|<ak>|<region>",
// "cen|<ak>|<region>", "ecr|<ak>|<ecrId>".
class AliyunApi
{
public:
    explicit AliyunApi(Dataset &dataset);

    [[nodiscard]] Reply handle(const ApiRequest &request);

    // Seeds the Alibaba flow logs of an account (called by Dataset for every Alibaba account).
    static void seed(Dataset &dataset, Account &account, quint32 seed, int perSource);

    // A created VPC/CEN log is "Activating"/"Creating" for this long, then Active (computed at list time).
    static constexpr qint64 activationDelayMs = 2000;

private:
    struct Caller
    {
        const Account *account = nullptr;
        QString action;
        QString version;
        Pairs params;
    };

    [[nodiscard]] Reply authenticateV1(const ApiRequest &request, Caller &caller);
    [[nodiscard]] Reply authenticateAcs3(const ApiRequest &request, Caller &caller);
    [[nodiscard]] Reply checkFreshness(const QString &timestampText, const QString &nonce) const;
    void rememberNonce(const QString &nonce);

    [[nodiscard]] static Reply error(int status, const QString &code, const QString &message);
    [[nodiscard]] static Reply signatureMismatch(const ApiRequest &request, const QString &message);
    [[nodiscard]] static Reply ecrError(int status, const QString &code, const QString &message,
                                        const QString &dynamicMessage = {});
    [[nodiscard]] static Reply missing(const QString &parameter);
    // The MissingParameter reply of operation for the first required parameter params lacks; none when all are
    // there.
    [[nodiscard]] static std::optional<Reply>
    missingRequired(const Pairs &params, std::initializer_list<const char *> required, const QString &operation);

    Reply describeVpcFlowLogs(const Account &account, const Pairs &params);
    Reply describeCenFlowlogs(const Account &account, const Pairs &params);
    Reply describeEcrFlowLogs(const Account &account, const Pairs &params);
    Reply createVpcFlowLog(const Account &account, const Pairs &params);
    Reply createCenFlowlog(const Account &account, const Pairs &params);
    Reply createEcrFlowLog(const Account &account, const Pairs &params);

    // The id an earlier create with this client token returned, or empty.
    [[nodiscard]] QString replayedId(const Account &account, const QString &service, const Pairs &params) const;
    void rememberToken(const Account &account, const QString &service, const Pairs &params, const QString &id);
    [[nodiscard]] QString newFlowLogId(const QString &prefix);

    Dataset &m_dataset;
    QHash<QString, qint64> m_nonces;        // nonce -> when it was used (ms); pruned once outside the 15-minute window
    QHash<QString, QString> m_clientTokens; // "<ak>|<service>|<token>" -> FlowLogId
    quint64 m_createCounter = 0;
};

} // namespace flowlog::sandbox
