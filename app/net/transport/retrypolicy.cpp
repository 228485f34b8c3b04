#include "retrypolicy.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flowlog {

int RetryPolicy::backoffMs(int retry, int serverHintMs, const std::function<double()> &random01) const
{
    const int exponent = std::clamp(retry - 1, 0, 20);
    const double ceiling = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, exponent));
    // "Equal jitter": half fixed, half random, so retries of many sources spread out but never collapse to 0.
    const double r = random01 ? random01() : 0.5;
    int delay = static_cast<int>(ceiling / 2 + r * ceiling / 2);
    // The server's hint wins when longer, but never beyond the throttle budget (a bogus hint cannot park a request).
    if (serverHintMs > delay)
        delay = std::min(serverHintMs, std::max(maxDelayMs, throttleBudgetMs));
    return std::max(delay, 1);
}

namespace {

int timeLeftMs(const QByteArray &rateLimit)
{
    // "Limit:100,Remain:0,TimeLeft:1350,Reset:1700000000000"
    const QList<QByteArray> parts = rateLimit.split(',');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("TimeLeft:")) {
            bool ok = false;
            const int v = p.mid(9).trimmed().toInt(&ok);
            if (ok && v >= 0)
                return v;
        }
    }
    return -1;
}

} // namespace

int retryAfterFromHeaders(const QByteArray &acsRetryAfter, const QByteArray &rateLimitUserApi,
                          const QByteArray &rateLimitUser, const QByteArray &retryAfterSeconds)
{
    bool ok = false;
    const int acs = acsRetryAfter.trimmed().toInt(&ok);
    if (ok && acs >= 0)
        return acs;
    const int api = timeLeftMs(rateLimitUserApi);
    const int user = timeLeftMs(rateLimitUser);
    if (api >= 0 || user >= 0)
        return std::max(api, user);
    const int seconds = retryAfterSeconds.trimmed().toInt(&ok);
    // Capped before multiplying: a huge Retry-After overflowed int (found by fuzz_rpc_response).
    if (ok && seconds >= 0)
        return seconds > std::numeric_limits<int>::max() / 1000 ? std::numeric_limits<int>::max() : seconds * 1000;
    return -1;
}

} // namespace flowlog
