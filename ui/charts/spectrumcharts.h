#pragma once

#include "core/session/sessionsnapshot.h"
#include "ui/charts/chartstyle.h"

#include <QCoreApplication>

class QChart;
class QLogValueAxis;
class QValueAxis;

namespace mixscope {

class ChartOverlay;

/// The two spectrum charts of a session, for the Spectrum view and the PDF
/// sheet alike: the loudness-matched spectra (the mix, each reference shifted
/// by its match gain, the references' average and, with two or more, their
/// range) on a log-frequency axis 20 Hz–20 kHz, and below them the difference:
/// the mix minus the average (with the references' range around the mix) or
/// minus one reference, and on request minus each (on 1/3 octaves exactly
/// the comparison's numbers). Findings with a frequency range
/// are zones on both: labelled on the spectra, on the difference only the
/// highlighted one.
///
/// The charts are made without an owner: hand each to a QChartView or a
/// QGraphicsScene, which then owns it. This object only points at them and
/// must not be used once they are gone. GUI thread only.
class SpectrumCharts {
    Q_DECLARE_TR_FUNCTIONS(mixscope::SpectrumCharts)

public:
    enum class Resolution { ThirdOctave, Fine };

    SpectrumCharts();

    QChart* levelChart() const { return m_levelChart; }
    QChart* differenceChart() const { return m_differenceChart; }
    ChartOverlay* levelOverlay() const { return m_levelOverlay; }
    ChartOverlay* differenceOverlay() const { return m_differenceOverlay; }

    /// Redraws both charts from snapshot; highlighted indexes snapshot.findings
    /// (-1 for none).
    void build(const SessionSnapshot& snapshot, const ChartStyle& style, Resolution resolution,
               int highlighted);
    /// Redraws only the zones.
    void setHighlightedFinding(const std::vector<Finding>& findings, int highlighted);

    /// What the difference chart compares the mix with from the next build():
    /// a reference (an index into snapshot.references) or, for -1, the
    /// references' average, drawn with the references' range around it.
    void setComparedWith(int reference) { m_comparedWith = reference; }
    int comparedWith() const { return m_comparedWith; }
    /// Whether the difference chart also draws the mix minus each reference.
    void setEachReferenceShown(bool shown) { m_eachReference = shown; }
    /// From the next build(), for a view whose own key names the tracks, the
    /// average and the range, in full and once for both charts, and says the
    /// spectra are loudness-matched: no legends, no title on the spectra and
    /// their frequency axis unnamed (the difference's, right below, names
    /// it). The height saved goes to the plots. Off by default.
    void setCompact(bool compact) { m_compact = compact; }

private:
    QChart* m_levelChart;
    QChart* m_differenceChart;
    QLogValueAxis* m_levelX;
    QValueAxis* m_levelY;
    QLogValueAxis* m_differenceX;
    QValueAxis* m_differenceY;
    ChartOverlay* m_levelOverlay;
    ChartOverlay* m_differenceOverlay;
    int m_comparedWith = -1;
    bool m_eachReference = false;
    bool m_compact = false;
};

} // namespace mixscope
