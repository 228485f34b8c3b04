#include "huaweiapi.h"

namespace flowlog::sandbox {

HuaweiApi::HuaweiApi(Dataset &dataset)
    : m_dataset(dataset)
{
}

void HuaweiApi::seed(Dataset &dataset, Account &account, quint32 seed, int perSource)
{
    Q_UNUSED(dataset);
    Q_UNUSED(account);
    Q_UNUSED(seed);
    Q_UNUSED(perSource);
}

bool HuaweiApi::handles(const ApiRequest &request) const
{
    return request.path.startsWith(QLatin1String("/v3/"));
}

Reply HuaweiApi::handle(const ApiRequest &request)
{
    Q_UNUSED(request);
    Q_UNUSED(m_dataset);
    Reply r;
    r.status = 404;
    r.operation = QStringLiteral("er.unknown");
    r.body = QJsonObject{{QStringLiteral("error_code"), QStringLiteral("APIGW.0101")},
                         {QStringLiteral("error_msg"), QStringLiteral("The API does not exist or has not been published in the environment")}};
    return r;
}

} // namespace flowlog::sandbox
