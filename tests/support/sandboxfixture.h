#pragma once

#include "credentials.h"
#include "profile.h"
#include "sandboxlauncher.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

namespace flowlog::test {

// Starts the real flowlog-sandbox binary on a free loopback port for one test (or test case) and stops it on
// destruction. Reuses the product's SandboxLauncher, so tests exercise the same start-up path as the console.
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    // Blocks (event loop running) until the sandbox prints its profiles; false with a reason on failure.
    [[nodiscard]] bool start(const QStringList &arguments = {}, QString *error = nullptr);
    void stop();

    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] qint64 processId() const { return m_launcher ? m_launcher->processId() : 0; }
    [[nodiscard]] QList<Profile> profiles() const;
    [[nodiscard]] QList<Profile> profiles(Provider provider) const;
    [[nodiscard]] QString secret(const QString &profileId) const;
    // Every --print-profiles line (organisation members included) as printed.
    [[nodiscard]] QList<QJsonObject> printedAccounts() const;
    // An organisation member of the sandbox (--org-members) as a role (Alibaba) or agency (Huawei) profile on its
    // management account's key (id "sandbox-<member>"); secret() of the management profile signs for it.
    [[nodiscard]] Profile memberProfile(const QString &memberName) const;
    // The names of the members of a management account, in printed order.
    [[nodiscard]] QStringList memberNames(const QString &managementName) const;
    [[nodiscard]] Credentials credentials(const Profile &profile) const;
    // What a user types for a sample account: its key and the endpoint, no region and no id (discovery finds them).
    [[nodiscard]] static Profile keyOnly(Profile profile);

    // GET /__sandbox/resources?account=NAME: the ids of that account's seeded networks (what creates may name).
    [[nodiscard]] QJsonObject resources(const QString &accountName);

    // GET /__sandbox/stats and POST /__sandbox/stats/reset.
    [[nodiscard]] QJsonObject stats();
    void resetStats();

    // POST /__sandbox/faults {"kind","rate"} and DELETE /__sandbox/faults: faults set and cleared at run time.
    // True when the sandbox answered 200.
    bool setFault(const QString &kind, double rate = 1.0);
    bool clearFaults();

private:
    [[nodiscard]] QJsonObject adminGet(const QString &pathAndQuery);
    bool adminCall(const QByteArray &method, const QByteArray &body);

    std::unique_ptr<SandboxLauncher> m_launcher;
    QNetworkAccessManager m_nam;
};

} // namespace flowlog::test
