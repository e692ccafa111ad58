#pragma once

#include "ui/charts/spectrumcharts.h"
#include "ui/views/analysisview.h"

class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;

namespace mixscope {

/// Loudness-matched spectra (SpectrumCharts): the mix, each reference shifted
/// by its match gain and the references' average on a log-frequency axis
/// (20 Hz–20 kHz), and below them the difference mix minus average. 1/3-octave
/// bands (what the comparison and the findings use) or the finer display
/// bands. Findings with a frequency range are shaded, labelled zones on both
/// charts. The difference can be against the average (with the references'
/// range) or one reference, and each reference's on request. A click on a
/// chart solos an octave around that frequency, a drag the range dragged.
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

    /// What the difference chart compares the mix with: a reference (an
    /// index into snapshot().references) or -1 for the references' average.
    void setComparedWith(int reference);
    int comparedWith() const { return m_charts.comparedWith(); }
    void setEachReferenceShown(bool shown);
    /// The key above the charts: each track in its colour, in full, and each
    /// reference's match gain (rich text).
    QString keyText() const;

Q_SIGNALS:
    void resolutionChanged(mixscope::SpectrumCharts::Resolution resolution);
    /// A click on a chart (an octave around it) or a drag across one (the
    /// range dragged) asks to hear only lowHz–highHz.
    void bandSoloRequested(double lowHz, double highHz);

protected:
    void rebuild() override;
    void updateHighlight() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The frequency under a point of view's viewport, if it is over the plot.
    std::optional<double> frequencyAt(const QChartView* view, QPoint point) const;
    void fillComparedWith();

    QComboBox* m_resolutionBox;
    QComboBox* m_comparedWithBox;
    QCheckBox* m_eachReference;
    QLabel* m_key;
    std::vector<QChartView*> m_views;
    std::optional<double> m_pressedHz;
    SpectrumCharts m_charts;
    Resolution m_resolution = Resolution::ThirdOctave;
};

} // namespace mixscope
