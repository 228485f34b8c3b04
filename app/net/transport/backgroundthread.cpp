#include "backgroundthread.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace flowlog {

namespace {
constexpr int kBackgroundNice = 5;
}

void makeThisThreadBackground()
{
#ifdef Q_OS_LINUX
    static thread_local bool done = false; // one byte of static TLS
    if (done)
        return;
    done = true;
    // On Linux the nice value belongs to the thread (PRIO_PROCESS with 0 is the calling thread), and raising it
    // needs no privilege. Failure changes nothing but the priority: ignored.
    const int current = getpriority(PRIO_PROCESS, 0);
    (void)setpriority(PRIO_PROCESS, 0, current + kBackgroundNice);
#endif
}

} // namespace flowlog
