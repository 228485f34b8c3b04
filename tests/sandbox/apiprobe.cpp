#include "apiprobe.h"

#include "sandboxprobe.h"

namespace flowlog::test {

namespace {

ApiAnswer answerOf(const Probe &p)
{
    QByteArray id = p.header("x-acs-request-id");
    if (id.isEmpty())
        id = p.header("X-Request-Id");
    return {p.status, p.json(), p.body, id};
}

} // namespace

QString ApiAnswer::code() const
{
    const QJsonValue aliyun = body.value(QLatin1String("Code"));
    return aliyun.isUndefined() ? body.value(QLatin1String("error_code")).toString() : aliyun.toString();
}

ApiAnswer callRpc(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                  const QString &action, const QString &version, const QList<std::pair<QString, QString>> &params,
                  const QByteArray &method)
{
    return answerOf(rpc(nam, profile.endpoint, credentials, action, version, params, false, method));
}

ApiAnswer callRest(QNetworkAccessManager &nam, const Profile &profile, const Credentials &credentials,
                   const QByteArray &method, const QString &path, const QList<std::pair<QString, QString>> &query,
                   const QByteArray &body)
{
    return answerOf(rest(nam, profile.endpoint, credentials, method, path, query, body));
}

} // namespace flowlog::test
