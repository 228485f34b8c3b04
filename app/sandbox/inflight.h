#pragma once

#include "apirequest.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace flowlog::sandbox {

class Dataset;

// Requests in flight, overall and per account, from arrival until the answer is written (the injected latency
// included), and the most of each since the last reset: what a client's concurrency limits really allowed.
// The account is the one the request's credentials belong to: its own access key, or temporary credentials that
// AssumeRole or the Huawei agency call issued for it. Credentials the sandbox does not know count overall only.
class InFlight
{
public:
    // The account's name for the request's credentials (Alibaba v1 AccessKeyId, ACS3 Credential, Huawei Access),
    // empty when there are none or the sandbox does not know them. Reads the credentials only: no signature check.
    [[nodiscard]] static QString accountOf(const Dataset &dataset, const ApiRequest &request);

    void begin(const QString &account);
    // The per-account limit (Options::accountLimit, 0: none): whether the account's request that begin() counted
    // may be served, i.e. fewer than limit of its admitted requests are in flight. An admitted request counts until
    // end(account, true); a refused one is not served (the caller throttles it) and does not count.
    [[nodiscard]] bool admit(const QString &account, int limit);
    void end(const QString &account, bool admitted);
    // The peaks become what is in flight now.
    void resetPeaks();

    [[nodiscard]] int inFlight() const { return m_inFlight; }
    [[nodiscard]] int maxInFlight() const { return m_max; }
    [[nodiscard]] int maxInFlightPerAccount() const { return m_maxPerAccount; }
    // "maxInFlight", "maxInFlightPerAccount", "inFlight" and "maxInFlightAccount" (the account that reached the
    // per-account peak first) for /__sandbox/stats.
    void addTo(QJsonObject &stats) const;

private:
    QHash<QString, int> m_perAccount; // only accounts with requests in flight
    QHash<QString, int> m_admitted;   // of those, the ones admit() let through
    int m_inFlight = 0;
    int m_max = 0;
    int m_maxPerAccount = 0;
    QString m_maxAccount;
};

} // namespace flowlog::sandbox
