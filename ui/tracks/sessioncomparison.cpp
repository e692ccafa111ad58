#include "ui/tracks/sessioncomparison.h"

#include "ui/tracks/tracklistmodel.h"

#include <QtConcurrent/QtConcurrentRun>

namespace mixscope {

SessionComparison::SessionComparison(TrackListModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model) {
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SessionComparison::onFinished);
    connect(model, &TrackListModel::comparisonInputsChanged, this, &SessionComparison::recompute);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SessionComparison::recompute);
    connect(model, &QAbstractItemModel::modelReset, this, &SessionComparison::recompute);
}

SessionComparison::~SessionComparison() {
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void SessionComparison::recompute() {
    ++m_requested;
    if (m_running == 0) {
        start();
    }
}

void SessionComparison::start() {
    // The inputs are gathered here, on the GUI thread, where the model lives;
    // the worker sees only these shared, immutable analyses.
    std::optional<ComparedTrack> mix;
    std::vector<ComparedTrack> references;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        std::shared_ptr<const TrackAnalysis> analysis = m_model->sharedAnalysis(row);
        if (!analysis) {
            continue;
        }
        ComparedTrack track{analysis, m_model->title(row), row};
        if (m_model->role(row) == TrackRole::Mix) {
            mix = std::move(track);
        } else {
            references.push_back(std::move(track));
        }
    }
    m_running = m_requested;
    ++m_recomputeCount;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [mix = std::move(mix), references = std::move(references)]() mutable {
            return SessionSnapshot::make(std::move(mix), std::move(references));
        }));
}

void SessionComparison::onFinished() {
    const bool current = m_running == m_requested;
    if (!current) {
        start(); // the model changed meanwhile: this result is stale, the newest state goes next
        return;
    }
    m_running = 0;
    m_snapshot = m_watcher.future().takeResult();
    Q_EMIT changed();
}

} // namespace mixscope
