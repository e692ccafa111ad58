#pragma once

#include "core/session/sessionsnapshot.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>

class QChart;
class QLogValueAxis;
class QValueAxis;

namespace mixscope {

class ChartOverlay;

/// The stereo charts of a session, for the Stereo view and the PDF sheet
/// alike: correlation over time for every track (+1 mono, 0 wide, below 0
/// cancelling in mono) and width per 1/3-octave band (side minus mid, dB)
/// with the low end below kLowEndHz marked, where bass should stay near mono.
/// Findings' frequency ranges are zones on the width chart, their time
/// ranges zones on the correlation chart. The mix is drawn on top.
///
/// The charts are made without an owner: hand each to a QChartView or a
/// QGraphicsScene, which then owns it. This object only points at them and
/// must not be used once they are gone. GUI thread only.
class StereoCharts {
    Q_DECLARE_TR_FUNCTIONS(mixscope::StereoCharts)

public:
    static constexpr double kLowEndHz = 150.0;

    StereoCharts();

    QChart* correlationChart() const { return m_correlationChart; }
    QChart* widthChart() const { return m_widthChart; }
    ChartOverlay* correlationOverlay() const { return m_correlationOverlay; }
    ChartOverlay* widthOverlay() const { return m_widthOverlay; }

    /// Redraws both charts from snapshot; highlighted indexes snapshot.findings
    /// (-1 for none).
    void build(const SessionSnapshot& snapshot, const ChartStyle& style, int highlighted);
    /// Redraws only the zones.
    void setHighlightedFinding(const std::vector<Finding>& findings, int highlighted);

private:
    QChart* m_correlationChart;
    QChart* m_widthChart;
    QValueAxis* m_timeAxis;
    QValueAxis* m_correlationAxis;
    QLogValueAxis* m_frequencyAxis;
    QValueAxis* m_widthAxis;
    ChartOverlay* m_correlationOverlay;
    ChartOverlay* m_widthOverlay;
    QColor m_lowEndColour;
};

} // namespace mixscope
