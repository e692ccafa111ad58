#pragma once

#include "ui/analysisview.h"

class QBarCategoryAxis;
class QChart;
class QCheckBox;
class QLabel;
class QValueAxis;

namespace mixscope {

/// Dynamics and structure: short-term loudness over time for every track with
/// its sections marked (references optionally shifted by their match gain),
/// crest / PLR / PSR / loudness range side by side as bars, the loudness
/// histogram, and each track's tempo. Findings' time ranges are zones on the
/// loudness chart.
class DynamicsView : public AnalysisView {
    Q_OBJECT

public:
    explicit DynamicsView(QWidget* parent = nullptr);

    QChart* loudnessChart() const { return m_loudnessChart; }
    QChart* barChart() const { return m_barChart; }
    QChart* histogramChart() const { return m_histogramChart; }
    const ChartOverlay* loudnessOverlay() const { return m_loudnessOverlay; }
    QString tempoText() const;

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QLabel* m_tempo;
    QCheckBox* m_matched;
    QChart* m_loudnessChart;
    QChart* m_barChart;
    QChart* m_histogramChart;
    QValueAxis* m_timeAxis;
    QValueAxis* m_loudnessAxis;
    QBarCategoryAxis* m_barCategories;
    QValueAxis* m_barAxis;
    QValueAxis* m_histogramX;
    QValueAxis* m_histogramY;
    ChartOverlay* m_loudnessOverlay;
};

} // namespace mixscope
