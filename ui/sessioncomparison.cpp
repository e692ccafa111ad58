#include "ui/sessioncomparison.h"

#include "ui/tracklistmodel.h"

namespace mixscope {

SessionComparison::SessionComparison(TrackListModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model) {
    connect(model, &TrackListModel::comparisonInputsChanged, this, &SessionComparison::recompute);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SessionComparison::recompute);
    connect(model, &QAbstractItemModel::modelReset, this, &SessionComparison::recompute);
}

void SessionComparison::recompute() {
    ++m_recomputeCount;
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
    m_snapshot = SessionSnapshot::make(std::move(mix), std::move(references));
    Q_EMIT changed();
}

} // namespace mixscope
