#include "ui/sessioncomparison.h"

#include "core/diagnosis/diagnosis.h"
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
    SessionSnapshot next;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        std::shared_ptr<const TrackAnalysis> analysis = m_model->sharedAnalysis(row);
        if (!analysis) {
            continue;
        }
        ComparedTrack track{analysis, m_model->title(row), row};
        if (m_model->role(row) == TrackRole::Mix) {
            next.mix = std::move(track);
        } else {
            next.references.push_back(std::move(track));
        }
    }
    if (next.mix) {
        std::vector<const TrackAnalysis*> references;
        for (const ComparedTrack& reference : next.references) {
            references.push_back(reference.analysis.get());
        }
        const TrackAnalysis& mix = *next.mix->analysis;
        next.comparison = Comparison::compare(mix, references);
        next.findings = Diagnosis::diagnose(mix, references, next.comparison);
    }
    m_snapshot = std::move(next);
    Q_EMIT changed();
}

} // namespace mixscope
