#include "core/common/threadpriority.h"

#include <QTest>

#include <thread>

#ifdef __linux__
#include <cerrno>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace mixscope;

namespace {

#ifdef __linux__
int niceOfThisThread() {
    errno = 0;
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
}
#endif

} // namespace

class ThreadPriorityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThread() {
#ifndef __linux__
        QSKIP("per-thread nice values are Linux's");
#else
        const int before = niceOfThisThread();
        if (before >= 10) {
            QSKIP("the test already runs at nice 10 or more");
        }
        int lowered = -100;
        int again = -100;
        std::thread worker([&] {
            lowerCurrentThreadPriority();
            lowered = niceOfThisThread();
            lowerCurrentThreadPriority(); // idempotent
            again = niceOfThisThread();
        });
        worker.join();
        QCOMPARE(lowered, 10);
        QCOMPARE(again, 10);
        QCOMPARE(niceOfThisThread(), before);
#endif
    }

    void realtimeIsGrantedOrNothingChanges() {
#ifndef __linux__
        QSKIP("scheduling policies are checked on Linux");
#else
        bool granted = false;
        int policy = -1;
        sched_param parameters{};
        std::thread worker([&] {
            granted = raiseCurrentThreadToRealtime();
            pthread_getschedparam(pthread_self(), &policy, &parameters);
        });
        worker.join();
        qInfo("real time %s", granted ? "granted" : "refused (no RLIMIT_RTPRIO)");
        if (granted) {
            QCOMPARE(policy, SCHED_RR);
            QVERIFY(parameters.sched_priority >= 1 && parameters.sched_priority <= 10);
        } else {
            QCOMPARE(policy, SCHED_OTHER);
        }
        int mainPolicy = -1;
        pthread_getschedparam(pthread_self(), &mainPolicy, &parameters);
        QCOMPARE(mainPolicy, SCHED_OTHER); // only the calling thread
#endif
    }
};

QTEST_GUILESS_MAIN(ThreadPriorityTest)
#include "tst_threadpriority.moc"
