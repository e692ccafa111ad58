#include "ui/charts/stereocharts.h"

#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>

namespace mixscope {

StereoCharts::StereoCharts()
    : m_correlationChart(new QChart)
    , m_widthChart(new QChart)
    , m_timeAxis(new QValueAxis)
    , m_correlationAxis(new QValueAxis)
    , m_frequencyAxis(new QLogValueAxis)
    , m_widthAxis(new QValueAxis) {
    m_correlationChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_correlationChart->addAxis(m_correlationAxis, Qt::AlignLeft);
    m_frequencyAxis->setBase(10.0);
    m_frequencyAxis->setRange(20.0, 20000.0);
    m_frequencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_frequencyAxis->setMinorTickCount(8);
    m_widthChart->addAxis(m_frequencyAxis, Qt::AlignBottom);
    m_widthChart->addAxis(m_widthAxis, Qt::AlignLeft);
    m_correlationOverlay = new ChartOverlay(m_correlationChart);
    m_widthOverlay = new ChartOverlay(m_widthChart);
}

void StereoCharts::build(const SessionSnapshot& s, const ChartStyle& style, int highlighted) {
    const QPalette& pal = style.palette;
    const std::vector<ComparedTrack> tracks = s.tracks();
    for (QChart* chart : {m_correlationChart, m_widthChart}) {
        chart->removeAllSeries();
        style.applyTo(chart);
    }
    m_correlationChart->setTitle(tr("Correlation over time"));
    m_widthChart->setTitle(tr("Width per band (side minus mid)"));
    m_timeAxis->setTitleText(tr("Time (s)"));
    m_correlationAxis->setTitleText(tr("Correlation"));
    m_correlationAxis->setRange(-1.0, 1.0);
    m_correlationAxis->setTickCount(5);
    m_correlationAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_frequencyAxis->setTitleText(tr("Frequency (Hz)"));
    m_widthAxis->setTitleText(tr("Side − mid (dB)"));

    double longest = 1.0; // s
    double widest = -200.0;
    double narrowest = 200.0;
    // The references in order, then the mix: drawn on top of them, and last
    // in the legend as on the spectrum.
    std::vector<std::size_t> order;
    for (std::size_t k = s.mix ? 1 : 0; k < tracks.size(); ++k) {
        order.push_back(k);
    }
    if (s.mix && !tracks.empty()) {
        order.push_back(0);
    }
    for (const std::size_t k : order) {
        const ComparedTrack& track = tracks[k];
        const StereoResult& stereo = track.analysis->stereo;
        const int colourIndex = s.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        const bool isMix = s.mix && k == 0;
        const QPen pen = style.pen(Theme::trackColor(colourIndex, pal), isMix ? 2.2 : 1.3,
                                   Theme::trackLineStyle(colourIndex));

        auto* correlation = new QLineSeries;
        correlation->setName(track.name);
        QList<QPointF> points;
        for (std::size_t i = 0; i < stereo.correlationSeries.size(); ++i) {
            if (stereo.correlationSeries[i]) {
                points << QPointF((static_cast<double>(i) + 0.5) *
                                      stereo.correlationSeriesIntervalS,
                                  *stereo.correlationSeries[i]);
            }
        }
        correlation->replace(points);
        if (!s.mix || isMix) {
            longest = std::max(longest, track.analysis->durationS);
        }
        m_correlationChart->addSeries(correlation);
        correlation->attachAxis(m_timeAxis);
        correlation->attachAxis(m_correlationAxis);
        correlation->setPen(pen);

        auto* width = new QLineSeries;
        width->setName(track.name);
        QList<QPointF> widthPoints;
        for (std::size_t i = 0; i < stereo.bandCentersHz.size() && i < stereo.sideToMidDb.size();
             ++i) {
            if (stereo.sideToMidDb[i]) {
                widthPoints << QPointF(stereo.bandCentersHz[i], *stereo.sideToMidDb[i]);
                widest = std::max(widest, *stereo.sideToMidDb[i]);
                narrowest = std::min(narrowest, *stereo.sideToMidDb[i]);
            }
        }
        width->replace(widthPoints);
        m_widthChart->addSeries(width);
        width->attachAxis(m_frequencyAxis);
        width->attachAxis(m_widthAxis);
        width->setPen(pen);
    }
    // The song's length: the mix's (references run on to it or stop short).
    ChartStyle::setNiceRange(m_timeAxis, 0.0, longest, 9, ChartStyle::RangeEnds::Exact);
    if (widest < narrowest) {
        widest = 0.0;
        narrowest = -30.0;
    }
    ChartStyle::setNiceRange(m_widthAxis, std::max(-60.0, narrowest - 3.0),
                             std::min(12.0, widest + 3.0), 7);

    const QFont labelFont = style.scaledFont(0.85);
    for (ChartOverlay* overlay : {m_correlationOverlay, m_widthOverlay}) {
        overlay->setPalette(pal);
        overlay->setFont(labelFont);
    }
    const QList<QAbstractSeries*> correlationSeries = m_correlationChart->series();
    const QList<QAbstractSeries*> widthSeries = m_widthChart->series();
    m_correlationOverlay->setReferenceSeries(
        correlationSeries.isEmpty() ? nullptr : correlationSeries.front());
    m_widthOverlay->setReferenceSeries(widthSeries.isEmpty() ? nullptr : widthSeries.front());
    ChartStyle::fitLegend(m_correlationChart);
    ChartStyle::fitLegend(m_widthChart);
    m_lowEndColour = Theme::trackColor(1, pal);
    m_lowEndColour.setAlphaF(0.10f);
    setHighlightedFinding(s.findings, highlighted);
}

void StereoCharts::setHighlightedFinding(const std::vector<Finding>& findings, int highlighted) {
    std::vector<ChartOverlay::Zone> zones;
    zones.push_back({20.0, kLowEndHz, tr("Low end: keep it near mono"), false, m_lowEndColour});
    const std::vector<ChartOverlay::Zone> findingZones =
        ChartOverlay::frequencyZones(findings, highlighted, FindingDomain::Stereo);
    zones.insert(zones.end(), findingZones.begin(), findingZones.end());
    m_widthOverlay->setZones(std::move(zones));
    m_correlationOverlay->setZones(
        ChartOverlay::timeZones(findings, highlighted, FindingDomain::Stereo, false));
}

} // namespace mixscope
