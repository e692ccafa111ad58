#pragma once

#include "ui/sessionsnapshot.h"

#include <QObject>

namespace mixscope {

class TrackListModel;

/// Keeps a SessionSnapshot in step with a TrackListModel: whenever the
/// analysed tracks or their roles change it runs Comparison::compare and
/// Diagnosis::diagnose again (milliseconds) on the analyses the model keeps;
/// it never analyses a file. GUI thread only; the model must outlive it.
class SessionComparison : public QObject {
    Q_OBJECT

public:
    explicit SessionComparison(TrackListModel* model, QObject* parent = nullptr);

    const SessionSnapshot& snapshot() const { return m_snapshot; }

    /// Recomputes now (the model's signals call it; public for tests).
    void recompute();

    /// How often recompute() ran.
    int recomputeCount() const { return m_recomputeCount; }

Q_SIGNALS:
    void changed();

private:
    TrackListModel* m_model;
    SessionSnapshot m_snapshot;
    int m_recomputeCount = 0;
};

} // namespace mixscope
