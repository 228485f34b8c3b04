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

QString SandboxFixture::secret(const QString &profileId) const
{
    return m_launcher ? m_launcher->secrets().value(profileId) : QString();
}

Credentials SandboxFixture::credentials(const Profile &profile) const
{
    return Credentials{profile.accessKeyId, secret(profile.id), {}};
}

QJsonObject SandboxFixture::stats()
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/__sandbox/stats"));
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
