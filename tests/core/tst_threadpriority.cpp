#include "core/common/threadpriority.h"

#include <QTest>

#include <thread>

#ifdef __linux__
#include <cerrno>
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
};

QTEST_GUILESS_MAIN(ThreadPriorityTest)
#include "tst_threadpriority.moc"
