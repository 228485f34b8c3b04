#pragma once

#include <QByteArray>

#include <functional>

class QThreadPool;

namespace flowlog {

// Starts every thread of a sweep's parse pool and has each parse one typical list page, while the caller waits for
// something else (the keychain's secrets, a sandbox's start). A pool thread's first page otherwise pays for the
// thread, its nice value, its malloc arena and simdjson's buffers (~300 page faults, each ~10 us on a small VM) in
// the middle of the first round of answers, where the page that leads to the next round waits behind it (issue 19
// goal 4). Returns at once; the threads stay until the pool's expiry timeout (30 s). warmed, if given, runs on each
// pool thread once it is warm (tests count the threads with it).
void warmUpParseThreads(QThreadPool *pool, std::function<void()> warmed = {});
// The page each thread parses: a 50-row VPC DescribeFlowLogs answer shaped like the provider's.
[[nodiscard]] QByteArray warmUpPage();

} // namespace flowlog
