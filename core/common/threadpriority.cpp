#include "core/common/threadpriority.h"

#include <algorithm>

#if defined(Q_OS_WIN) || defined(_WIN32)
#include <windows.h>
#else
#include <pthread.h>
#include <sched.h>
#if defined(__APPLE__)
#include <sys/qos.h>
#elif defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#endif

namespace mixscope {

void lowerCurrentThreadPriority() {
#if defined(_WIN32)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(__APPLE__)
    pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#elif defined(__linux__)
    // On Linux, unlike POSIX, a nice value belongs to one thread (task).
    constexpr int kBackgroundNice = 10;
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, thread);
    if (errno == 0 && current < kBackgroundNice) {
        setpriority(PRIO_PROCESS, thread, kBackgroundNice);
    }
#endif
}

bool raiseCurrentThreadToRealtime() {
#if defined(_WIN32)
    return SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_TIME_CRITICAL) != 0;
#else
    // Low in the real-time range: above every normal thread, below the
    // sound server's own real-time threads.
    sched_param parameters{};
    parameters.sched_priority = std::min(10, sched_get_priority_max(SCHED_RR));
    return pthread_setschedparam(pthread_self(), SCHED_RR, &parameters) == 0;
#endif
}

} // namespace mixscope
