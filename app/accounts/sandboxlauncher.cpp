#include "sandboxlauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

namespace flowlog {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::defaultProgram()
{
    const QString local = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("flowlog-sandbox"));
    if (QFileInfo(local).isExecutable())
        return local;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("flowlog-sandbox"));
    return onPath.isEmpty() ? local : onPath;
}

void SandboxLauncher::start(const QStringList &extraArguments)
{
    m_done = false;
    m_buffer.clear();
    m_profiles.clear();
    m_secrets.clear();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        fail(tr("Cannot start the sandbox (%1): %2").arg(m_program, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this,
            [this](int code) { fail(tr("The sandbox exited early with code %1.").arg(code)); });
    // --watch-stdin: the sandbox exits when this process goes away, however it ends (the pipe closes).
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--print-profiles"),
                     QStringLiteral("--watch-stdin")};
    args << extraArguments;
    m_process->start(m_program, args);
    // Its output arrives within milliseconds; a hung start is an error the user must see.
    QTimer::singleShot(15000, this, [this] {
        if (!m_done)
            fail(tr("The sandbox did not start within 15 seconds."));
    });
}

void SandboxLauncher::stop()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
    delete m_process;
}

bool SandboxLauncher::parseProfileLine(const QByteArray &line, const QUrl &baseUrl, Profile &profile, QString &secret)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty())
        return false;
    profile = Profile{};
    profile.name = o.value(QLatin1String("name")).toString();
    profile.id = QStringLiteral("sandbox-") + profile.name;
    profile.provider = providerFromKey(o.value(QLatin1String("provider")).toString()).value_or(Provider::Aliyun);
    profile.accessKeyId = o.value(QLatin1String("accessKeyId")).toString();
    secret = o.value(QLatin1String("secret")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("regions")).toArray())
        profile.regions << v.toString();
    for (const QJsonValue &v : o.value(QLatin1String("ecrIds")).toArray())
        profile.ecrIds << v.toString();
    const QJsonObject projects = o.value(QLatin1String("projectIds")).toObject();
    for (auto it = projects.begin(); it != projects.end(); ++it)
        profile.projectIds.insert(it.key(), it.value().toString());
    const QJsonObject ers = o.value(QLatin1String("erIds")).toObject();
    for (auto it = ers.begin(); it != ers.end(); ++it) {
        QStringList ids;
        for (const QJsonValue &v : it.value().toArray())
            ids << v.toString();
        profile.erIds.insert(it.key(), ids);
    }
    // A management account (--org-members): its members are reached with this role or agency.
    profile.organization = o.value(QLatin1String("organization")).toBool();
    profile.memberRole = o.value(QLatin1String("memberRole")).toString();
    profile.memberAgency = o.value(QLatin1String("memberAgency")).toString();
    profile.endpoint = baseUrl;
    profile.label = QStringLiteral("sandbox");
    return !profile.name.isEmpty() && !profile.accessKeyId.isEmpty();
}

void SandboxLauncher::onOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    bool sawListening = false;
    bool sawReady = false;
    while (true) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0)
            break;
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.startsWith("listening ")) {
            m_baseUrl = QUrl(QString::fromUtf8(line.mid(10)));
            sawListening = m_baseUrl.isValid();
            continue;
        }
        if (line == "ready") {
            sawReady = true;
            continue;
        }
        if (const QJsonObject printed = QJsonDocument::fromJson(line).object(); !printed.isEmpty())
            m_printed.append(printed);
        Profile p;
        QString secret;
        if (parseProfileLine(line, m_baseUrl, p, secret)) {
            m_profiles.append(p);
            m_secrets.insert(p.id, secret);
        }
    }
    // After the loop: a handler of ready() may stop or delete this launcher.
    if (sawListening && !m_done) {
        QPointer<SandboxLauncher> alive(this);
        Q_EMIT listening(m_baseUrl);
        if (!alive)
            return;
    }
    if (sawReady)
        onReadyLine();
}

void SandboxLauncher::onReadyLine()
{
    if (m_done)
        return;
    if (!m_baseUrl.isValid() || m_profiles.isEmpty()) {
        fail(tr("The sandbox (%1) printed no base URL or no sample accounts.").arg(m_program));
        return;
    }
    m_done = true;
    Q_EMIT ready();
}

void SandboxLauncher::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    ApiError e;
    e.kind = ApiError::Kind::Configuration;
    e.message = message;
    e.hint = tr("Build or install flowlog-sandbox next to this program.");
    Q_EMIT failed(e);
}

} // namespace flowlog
