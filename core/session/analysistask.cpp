#include "core/session/analysistask.h"

#include "core/analysis/trackanalyzer.h"
#include "core/common/threadpriority.h"

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace mixscope {

namespace {

class PromiseObserver final : public AnalysisObserver {
public:
    explicit PromiseObserver(QPromise<Result<TrackAnalysis>>& promise)
        : m_promise(promise) {}

    void progress(double fraction) override {
        const int value =
            fraction < 0.0
                ? 0
                : static_cast<int>(std::lround(fraction * AnalysisTask::kProgressMaximum));
        if (value <= m_lastValue) {
            return;
        }
        m_lastValue = value;
        // Qt replaces the progress text on every update (setProgressValue()
        // clears it), so the length rides along with each one.
        m_promise.setProgressValueAndText(value, m_durationText);
    }

    void expectedDuration(double seconds) override {
        m_durationText = QString::number(seconds, 'f', 1);
    }

    bool isCancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<Result<TrackAnalysis>>& m_promise;
    int m_lastValue = 0;
    QString m_durationText;
};

} // namespace

QFuture<Result<TrackAnalysis>> AnalysisTask::start(const QString& path, QThreadPool* pool,
                                                   Priority priority) {
    QThreadPool* runOn = pool != nullptr ? pool : QThreadPool::globalInstance();
    return QtConcurrent::run(
        runOn, [path, priority, runOn](QPromise<Result<TrackAnalysis>>& promise) {
            if (priority == Priority::Background) {
                lowerCurrentThreadPriority();
            }
            promise.setProgressRange(0, kProgressMaximum);
            PromiseObserver observer(promise);
            // An idle thread of the same pool, if there
            // is one, measures half of the meters.
            const AnalysisHelpers helpers{runOn, priority == Priority::Background};
            Result<TrackAnalysis> outcome = TrackAnalyzer::analyze(path, &observer, helpers);
            if (!promise.isCanceled()) {
                promise.addResult(std::move(outcome));
            }
        });
}

} // namespace mixscope
