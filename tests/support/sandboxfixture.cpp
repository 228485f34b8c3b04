#include "sandboxfixture.h"

#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

namespace flowlog::test {

SandboxFixture::SandboxFixture() = default;

SandboxFixture::~SandboxFixture()
{
    stop();
}

bool SandboxFixture::start(const QStringList &arguments, QString *error)
{
    m_launcher = std::make_unique<SandboxLauncher>();
    m_launcher->setProgram(binPath(QStringLiteral("flowlog-sandbox")));
    QSignalSpy ready(m_launcher.get(), &SandboxLauncher::ready);
    QSignalSpy failed(m_launcher.get(), &SandboxLauncher::failed);
    m_launcher->start(arguments);
    if (!ready.wait(20000) || !failed.isEmpty()) {
        if (error)
            *error = failed.isEmpty() ? QStringLiteral("sandbox did not become ready")
                                      : failed.first().first().value<ApiError>().toDisplayString();
        return false;
    }
    return true;
}

void SandboxFixture::stop()
{
    if (m_launcher)
        m_launcher->stop();
    m_launcher.reset();
}

QUrl SandboxFixture::baseUrl() const
{
    return m_launcher ? m_launcher->baseUrl() : QUrl();
}

Profile SandboxFixture::keyOnly(Profile profile)
{
    profile.regions.clear();
    profile.ecrIds.clear();
    profile.projectIds.clear();
    profile.erIds.clear();
    return profile;
}

QList<Profile> SandboxFixture::profiles() const
{
    return m_launcher ? m_launcher->profiles() : QList<Profile>();
}

QList<Profile> SandboxFixture::profiles(Provider provider) const
{
    QList<Profile> out;
    for (const Profile &p : profiles()) {
        if (p.provider == provider)
            out.append(p);
    }
    return out;
}

QList<QJsonObject> SandboxFixture::printedAccounts() const
{
    return m_launcher ? m_launcher->printedAccounts() : QList<QJsonObject>();
}

QStringList SandboxFixture::memberNames(const QString &managementName) const
{
    QStringList out;
    for (const QJsonObject &o : printedAccounts()) {
        if (o.value(QLatin1String("memberOf")).toString() == managementName)
            out << o.value(QLatin1String("name")).toString();
    }
    return out;
}

Profile SandboxFixture::memberProfile(const QString &memberName) const
{
    for (const QJsonObject &o : printedAccounts()) {
        if (o.value(QLatin1String("name")).toString() != memberName)
            continue;
        Profile p;
        QString ignored;
        // The member's line has no key: read it as if it had its management account's.
        QJsonObject withKey = o;
        const QString management = o.value(QLatin1String("memberOf")).toString();
        for (const Profile &m : profiles()) {
            if (m.name == management)
                withKey.insert(QStringLiteral("accessKeyId"), m.accessKeyId);
        }
        if (!SandboxLauncher::parseProfileLine(QJsonDocument(withKey).toJson(QJsonDocument::Compact), baseUrl(), p,
                                               ignored))
            return {};
        p.roleArn = o.value(QLatin1String("roleArn")).toString();
        p.agencyName = o.value(QLatin1String("agencyName")).toString();
        p.agencyDomainId = o.value(QLatin1String("domainId")).toString();
        return p;
    }
    return {};
}

QString SandboxFixture::secret(const QString &profileId) const
{
    if (!m_launcher)
        return {};
    if (m_launcher->secrets().contains(profileId))
        return m_launcher->secrets().value(profileId);
    // A member profile signs with its management account's key.
    for (const QJsonObject &o : printedAccounts()) {
        if (QStringLiteral("sandbox-") + o.value(QLatin1String("name")).toString() == profileId &&
            o.contains(QLatin1String("memberOf")))
            return m_launcher->secrets().value(QStringLiteral("sandbox-") +
                                               o.value(QLatin1String("memberOf")).toString());
    }
    return {};
}

Credentials SandboxFixture::credentials(const Profile &profile) const
{
    return Credentials{profile.accessKeyId, secret(profile.id), {}};
}

QJsonObject SandboxFixture::stats()
{
    return adminGet(QStringLiteral("/__sandbox/stats"));
}

QJsonObject SandboxFixture::resources(const QString &accountName)
{
    return adminGet(QStringLiteral("/__sandbox/resources?account=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(accountName)));
}

QJsonObject SandboxFixture::adminGet(const QString &pathAndQuery)
{
    const QUrl url = baseUrl().resolved(QUrl(pathAndQuery));
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

void SandboxFixture::resetStats()
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/__sandbox/stats/reset"));
    QNetworkReply *reply = m_nam.post(QNetworkRequest(url), QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    reply->deleteLater();
}

bool SandboxFixture::setFault(const QString &kind, double rate)
{
    return adminCall("POST", QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("rate"), rate}})
                                 .toJson(QJsonDocument::Compact));
}

bool SandboxFixture::clearFaults()
{
    return adminCall("DELETE", {});
}

bool SandboxFixture::adminCall(const QByteArray &method, const QByteArray &body)
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/__sandbox/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

} // namespace flowlog::test
