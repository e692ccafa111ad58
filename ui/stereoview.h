#pragma once

#include "ui/analysisview.h"

class QChart;
class QHBoxLayout;
class QLogValueAxis;
class QValueAxis;

namespace mixscope {

class VectorscopeWidget;

/// The stereo field: a vectorscope per track, correlation over time (+1 mono,
/// 0 wide, below 0 cancelling in mono) and width per 1/3-octave band
/// (side minus mid, dB) with the low end below 150 Hz marked, where bass
/// should stay near mono. Findings' frequency ranges are zones on the width
/// chart, their time ranges zones on the correlation chart.
class StereoView : public AnalysisView {
    Q_OBJECT

public:
    explicit StereoView(QWidget* parent = nullptr);

    QChart* correlationChart() const { return m_correlationChart; }
    QChart* widthChart() const { return m_widthChart; }
    const ChartOverlay* widthOverlay() const { return m_widthOverlay; }
    const ChartOverlay* correlationOverlay() const { return m_correlationOverlay; }
    int vectorscopeCount() const { return static_cast<int>(m_scopes.size()); }

    static constexpr double kLowEndHz = 150.0;

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QHBoxLayout* m_scopeRow;
    std::vector<VectorscopeWidget*> m_scopes;
    QChart* m_correlationChart;
    QChart* m_widthChart;
    QValueAxis* m_timeAxis;
    QValueAxis* m_correlationAxis;
    QLogValueAxis* m_frequencyAxis;
    QValueAxis* m_widthAxis;
    ChartOverlay* m_correlationOverlay;
    ChartOverlay* m_widthOverlay;
};

} // namespace mixscope
