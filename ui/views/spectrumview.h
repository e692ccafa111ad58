#pragma once

#include "ui/charts/spectrumcharts.h"
#include "ui/views/analysisview.h"

class QChart;
class QComboBox;

namespace mixscope {

/// Loudness-matched spectra (SpectrumCharts): the mix, each reference shifted
/// by its match gain and the references' average on a log-frequency axis
/// (20 Hz–20 kHz), and below them the difference mix minus average. 1/3-octave
/// bands (what the comparison and the findings use) or the finer display
/// bands. Findings with a frequency range are shaded, labelled zones on both
/// charts.
class SpectrumView : public AnalysisView {
    Q_OBJECT

public:
    using Resolution = SpectrumCharts::Resolution;

    explicit SpectrumView(QWidget* parent = nullptr);

    void setResolution(Resolution resolution);
    Resolution resolution() const { return m_resolution; }
    /// "fine" or "third_octave", as settings and session files keep it.
    static QString resolutionId(Resolution resolution);
    /// The resolution of an id; anything but "fine" reads as third octaves.
    static Resolution resolutionFromId(const QString& id);

    QChart* levelChart() const { return m_charts.levelChart(); }
    QChart* differenceChart() const { return m_charts.differenceChart(); }
    const ChartOverlay* levelOverlay() const { return m_charts.levelOverlay(); }
    const ChartOverlay* differenceOverlay() const { return m_charts.differenceOverlay(); }

Q_SIGNALS:
    void resolutionChanged(mixscope::SpectrumCharts::Resolution resolution);

protected:
    void rebuild() override;
    void updateHighlight() override;

private:
    QComboBox* m_resolutionBox;
    SpectrumCharts m_charts;
    Resolution m_resolution = Resolution::ThirdOctave;
};

} // namespace mixscope
