#include "core/session/analysistask.h"

#include "core/analysis/trackanalyzer.h"

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
        if (value != m_lastValue) {
            m_lastValue = value;
            m_promise.setProgressValue(value);
        }
    }

    bool isCancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<Result<TrackAnalysis>>& m_promise;
    int m_lastValue = -1;
};

} // namespace

QFuture<Result<TrackAnalysis>> AnalysisTask::start(const QString& path, QThreadPool* pool) {
    return QtConcurrent::run(pool != nullptr ? pool : QThreadPool::globalInstance(),
                             [path](QPromise<Result<TrackAnalysis>>& promise) {
                                 promise.setProgressRange(0, kProgressMaximum);
                                 PromiseObserver observer(promise);
                                 Result<TrackAnalysis> outcome =
                                     TrackAnalyzer::analyze(path, &observer);
                                 if (!promise.isCanceled()) {
                                     promise.addResult(std::move(outcome));
                                 }
                             });
}

} // namespace mixscope
