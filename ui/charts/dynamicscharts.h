#pragma once

#include "core/session/sessionsnapshot.h"
#include "ui/charts/chartstyle.h"

#include <QColor>
#include <QCoreApplication>

#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QFont;
class QChart;
class QValueAxis;

namespace mixscope {

class ChartOverlay;

/// The dynamics charts of a session, for the Dynamics view and the PDF sheet
/// alike: short-term loudness over time for every track with the mix's
/// sections marked (references optionally shifted by their match gain), crest /
/// PLR / PSR / loudness range side by side as bars, and the loudness histogram.
/// The moments of the dynamics findings, and of the highlighted finding
/// whatever it is about, are zones on the loudness chart.
///
/// The charts are made without an owner: hand each to a QChartView or a
/// QGraphicsScene, which then owns it. This object only points at them and
/// must not be used once they are gone. GUI thread only.
class DynamicsCharts {
    Q_DECLARE_TR_FUNCTIONS(mixscope::DynamicsCharts)

public:
    DynamicsCharts();

    QChart* loudnessChart() const { return m_loudnessChart; }
    QChart* barChart() const { return m_barChart; }
    QChart* histogramChart() const { return m_histogramChart; }
    ChartOverlay* loudnessOverlay() const { return m_loudnessOverlay; }

    /// Redraws the charts from snapshot. matched: references shifted by their
    /// match gain. highlighted indexes snapshot.findings (-1 for none).
    void build(const SessionSnapshot& snapshot, const ChartStyle& style, bool matched,
               int highlighted);
    /// Redraws only the zones.
    void setHighlightedFinding(const std::vector<Finding>& findings, int highlighted);

private:
    // A track as the three charts draw it: its colour, and the gain its
    // loudness is shifted by (its match gain when matched, else 0).
    struct DrawnTrack {
        ComparedTrack track;
        QColor colour;
        Qt::PenStyle lineStyle = Qt::SolidLine;
        double shiftDb = 0.0;
        bool isMix = false;
    };
    static std::vector<DrawnTrack> drawnTracks(const SessionSnapshot& snapshot,
                                               const QPalette& palette, bool matched);
    void setTitles(bool matched);
    void buildLoudness(const std::vector<DrawnTrack>& tracks, const ChartStyle& style);
    void buildBars(const std::vector<DrawnTrack>& tracks, const ChartStyle& style);
    void buildHistogram(const std::vector<DrawnTrack>& tracks, const ChartStyle& style);
    /// Writes the bars' values across when they fit, upright when only that
    /// fits, and not at all when the bars are narrower than a line of text.
    static void fitBarLabels(const QChart* chart, QBarSeries* bars, const QFont& font);

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
