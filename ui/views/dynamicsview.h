#pragma once

#include "ui/charts/dynamicscharts.h"
#include "ui/views/analysisview.h"

class QChart;
class QCheckBox;
class QLabel;

namespace mixscope {

/// Dynamics and structure (DynamicsCharts): short-term loudness over time for
/// every track with the mix's sections marked (references optionally shifted
/// by their match gain), crest / PLR / PSR / loudness range side by side as
/// bars, the loudness histogram, and each track's tempo.
class DynamicsView : public AnalysisView {
    Q_OBJECT

public:
    explicit DynamicsView(QWidget* parent = nullptr);

    QChart* loudnessChart() const { return m_charts.loudnessChart(); }
    QChart* barChart() const { return m_charts.barChart(); }
    QChart* histogramChart() const { return m_charts.histogramChart(); }
    const ChartOverlay* loudnessOverlay() const { return m_charts.loudnessOverlay(); }
    QString tempoText() const;

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QLabel* m_tempo;
    QCheckBox* m_matched;
    DynamicsCharts m_charts;
};

} // namespace mixscope
