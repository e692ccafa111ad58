#pragma once

#include "ui/analysisview.h"

class QChart;
class QComboBox;
class QLogValueAxis;
class QValueAxis;

namespace mixscope {

/// Loudness-matched spectra: the mix, each reference shifted by its match
/// gain and the references' average on a log-frequency axis (20 Hz–20 kHz),
/// and below them the difference mix minus average. 1/3-octave bands (what
/// the comparison and the findings use) or the finer display bands. Findings
/// with a frequency range are shaded, labelled zones on both charts.
class SpectrumView : public AnalysisView {
    Q_OBJECT

public:
    enum class Resolution { ThirdOctave, Fine };

    explicit SpectrumView(QWidget* parent = nullptr);

    void setResolution(Resolution resolution);
    Resolution resolution() const { return m_resolution; }

    QChart* levelChart() const { return m_levelChart; }
    QChart* differenceChart() const { return m_differenceChart; }
    const ChartOverlay* levelOverlay() const { return m_levelOverlay; }
    const ChartOverlay* differenceOverlay() const { return m_differenceOverlay; }

Q_SIGNALS:
    void resolutionChanged(mixscope::SpectrumView::Resolution resolution);

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QComboBox* m_resolutionBox;
    QChart* m_levelChart;
    QChart* m_differenceChart;
    QLogValueAxis* m_levelX;
    QValueAxis* m_levelY;
    QLogValueAxis* m_differenceX;
    QValueAxis* m_differenceY;
    ChartOverlay* m_levelOverlay;
    ChartOverlay* m_differenceOverlay;
    Resolution m_resolution = Resolution::ThirdOctave;
};

} // namespace mixscope
