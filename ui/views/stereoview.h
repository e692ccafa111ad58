#pragma once

#include "ui/charts/stereocharts.h"
#include "ui/views/analysisview.h"

class QChart;
class QHBoxLayout;
class QLabel;

namespace mixscope {

class VectorscopeWidget;

/// The stereo field: a vectorscope per track, and StereoCharts: correlation
/// over time (+1 mono, 0 wide, below 0 cancelling in mono) and width per
/// 1/3-octave band (side minus mid, dB) with the low end below 150 Hz marked,
/// where bass should stay near mono. Findings' frequency ranges are zones on
/// the width chart, their time ranges zones on the correlation chart.
class StereoView : public AnalysisView {
    Q_OBJECT

public:
    explicit StereoView(QWidget* parent = nullptr);

    QChart* correlationChart() const { return m_charts.correlationChart(); }
    QChart* widthChart() const { return m_charts.widthChart(); }
    const ChartOverlay* widthOverlay() const { return m_charts.widthOverlay(); }
    const ChartOverlay* correlationOverlay() const { return m_charts.correlationOverlay(); }
    int vectorscopeCount() const { return static_cast<int>(m_scopes.size()); }
    /// The key to the charts' colours (rich text).
    QString keyText() const;

    static constexpr double kLowEndHz = StereoCharts::kLowEndHz;

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QHBoxLayout* m_scopeRow;
    QLabel* m_key;
    std::vector<VectorscopeWidget*> m_scopes;
    StereoCharts m_charts;
};

} // namespace mixscope
