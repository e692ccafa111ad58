#pragma once

#include "core/session/sessionsnapshot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace mixscope {

class TrackListModel;

/// Keeps a SessionSnapshot in step with a TrackListModel: whenever the
/// analysed tracks or their roles change it runs Comparison::compare and
/// Diagnosis::diagnose again, on a worker thread, on the analyses the model
/// keeps (shared, never copied); it never analyses a file.
///
/// Every change is a new generation. One comparison runs at a time; changes
/// meanwhile wait as one request for the newest state, and a result that
/// comes back after a newer change is dropped, never shown: a burst of
/// changes (50 files finishing, a role dragged about) costs one or two
/// comparisons, and snapshot() only ever goes forward. GUI thread only; the
/// model must outlive it.
class SessionComparison : public QObject {
    Q_OBJECT

public:
    explicit SessionComparison(TrackListModel* model, QObject* parent = nullptr);
    /// Waits for a comparison still running (milliseconds).
    ~SessionComparison() override;

    /// The newest comparison that matches a state of the model; it may lag
    /// the model by one comparison while isPending().
    const SessionSnapshot& snapshot() const { return m_snapshot; }

    /// Asks for a comparison of the model as it is now (the model's signals
    /// call it; public for tests). Returns at once; changed() follows.
    void recompute();

    /// A comparison is running or asked for: snapshot() may not be the model's yet.
    bool isPending() const { return m_running != 0; }

    /// How many comparisons were started (a burst of requests starts few).
    int recomputeCount() const { return m_recomputeCount; }

Q_SIGNALS:
    /// snapshot() was replaced by a comparison of the model's latest state.
    void changed();

private:
    void start();
    void onFinished();

    TrackListModel* m_model;
    SessionSnapshot m_snapshot;
    quint64 m_requested = 0; ///< generation of the newest request
    quint64 m_running = 0;   ///< generation of the comparison under way, 0 when none
    int m_recomputeCount = 0;
    // One thread: a comparison at a time, never competing with itself.
    QThreadPool m_pool;
    QFutureWatcher<SessionSnapshot> m_watcher;
};

} // namespace mixscope
