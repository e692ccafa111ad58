#include "core/common/threadpriority.h"

#if defined(Q_OS_WIN) || defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <pthread.h>
#include <sys/qos.h>
#elif defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
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

} // namespace mixscope
