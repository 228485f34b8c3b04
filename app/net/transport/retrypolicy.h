#pragma once

#include <QByteArray>

#include <functional>

namespace flowlog {

// Shared by every provider client: how long to wait for an answer, how large it may be and how to retry.
struct RetryPolicy
{
    int requestTimeoutMs = 30000; // per attempt, reset while data flows
    // Per attempt, whatever trickles in: a server sending a byte every few seconds never trips the idle timeout
    // above. The larger of this and requestTimeoutMs applies; an attempt past it is not retried.
    int attemptDeadlineMs = 120000;
    // The largest answer read: 32 MiB is ~25x the largest page any operation asks for (2,000 ER flow logs). A
    // larger one is aborted as soon as its Content-Length or its data passes the cap, and not retried.
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxTransientRetries = 3; // 5xx, reset, timeout
    // For a call that acts and has no client token (the VPC and ER lifecycle calls): every attempt reaches the
    // service at most once. The executor stops Qt's own resend (QNetworkAccessManager sends a request again, whatever
    // its method, when the connection closes before any answer; see OneShotBody) and retries no transient failure: an
    // attempt whose answer was lost ends with an unknown outcome (ApiError::maybeCommitted) for the caller to
    // resolve by reading. Throttled attempts are still retried: a throttled call was not carried out.
    bool sendOnce = false;
    int throttleBudgetMs = 60000; // throttled requests keep retrying until this much time has passed
    int baseDelayMs = 200;
    int maxDelayMs = 10000;

    // Capped, jittered exponential backoff for the n-th retry (1-based); a server hint wins when larger.
    // random01 returns a value in [0, 1); injectable so tests are deterministic.
    [[nodiscard]] int backoffMs(int retry, int serverHintMs, const std::function<double()> &random01) const;
};

// Reads x-acs-retry-after (ms), x-ratelimit-user-api / x-ratelimit-user "TimeLeft:<ms>", Retry-After (s).
[[nodiscard]] int retryAfterFromHeaders(const QByteArray &acsRetryAfter, const QByteArray &rateLimitUserApi,
                                        const QByteArray &rateLimitUser, const QByteArray &retryAfterSeconds);

} // namespace flowlog
