#include "ui/charts/dynamicscharts.h"

#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// Adds one line per track to chart, keeping their pens: the references in
// order, then the mix (first in lines when hasMix), drawn on top of them and
// last in the legend, as on the spectrum.
void addMixOnTop(QChart* chart, const std::vector<QLineSeries*>& lines, bool hasMix, QValueAxis* x,
                 QValueAxis* y) {
    std::vector<QLineSeries*> order(lines.begin(), lines.end());
    if (hasMix && !order.empty()) {
        std::rotate(order.begin(), order.begin() + 1, order.end());
    }
    for (QLineSeries* line : order) {
        const QPen pen = line->pen();
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        line->setPen(pen);
    }
}

} // namespace

DynamicsCharts::DynamicsCharts()
    : m_loudnessChart(new QChart)
    , m_barChart(new QChart)
    , m_histogramChart(new QChart)
    , m_timeAxis(new QValueAxis)
    , m_loudnessAxis(new QValueAxis)
    , m_barCategories(new QBarCategoryAxis)
    , m_barAxis(new QValueAxis)
    , m_histogramX(new QValueAxis)
    , m_histogramY(new QValueAxis) {
    m_loudnessChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_loudnessChart->addAxis(m_loudnessAxis, Qt::AlignLeft);
    m_barChart->addAxis(m_barCategories, Qt::AlignBottom);
    m_barChart->addAxis(m_barAxis, Qt::AlignLeft);
    m_histogramChart->addAxis(m_histogramX, Qt::AlignBottom);
    m_histogramChart->addAxis(m_histogramY, Qt::AlignLeft);
    m_loudnessOverlay = new ChartOverlay(m_loudnessChart);
}

void DynamicsCharts::build(const SessionSnapshot& s, const ChartStyle& style, bool matched,
                           int highlighted) {
    for (QChart* chart : {m_loudnessChart, m_barChart, m_histogramChart}) {
        chart->removeAllSeries();
        style.applyTo(chart);
    }
    setTitles(matched);
    const std::vector<DrawnTrack> tracks = drawnTracks(s, style.palette, matched);
    buildLoudness(tracks, style);
    buildBars(tracks, style);
    buildHistogram(tracks, style);
    setHighlightedFinding(s.findings, highlighted);
}

std::vector<DynamicsCharts::DrawnTrack>
DynamicsCharts::drawnTracks(const SessionSnapshot& s, const QPalette& palette, bool matched) {
    std::vector<DrawnTrack> drawn;
    const std::vector<ComparedTrack> tracks = s.tracks();
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        DrawnTrack track{tracks[k], {}, Qt::SolidLine, 0.0, s.mix && k == 0};
        const int colourIndex = s.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        track.colour = Theme::trackColor(colourIndex, palette);
        track.lineStyle = Theme::trackLineStyle(colourIndex);
        if (matched && !track.isMix) {
            track.shiftDb = s.matchGainDb(s.mix ? k - 1 : k).value_or(0.0);
        }
        drawn.push_back(std::move(track));
    }
    return drawn;
}

void DynamicsCharts::setTitles(bool matched) {
    m_loudnessChart->setTitle(matched ? tr("Short-term loudness, loudness-matched, with sections")
                                      : tr("Short-term loudness, with sections"));
    m_timeAxis->setTitleText(tr("Time (s)"));
    m_loudnessAxis->setTitleText(matched ? tr("LUFS (matched)") : tr("LUFS"));
    m_barChart->setTitle(tr("Dynamics: higher is more open"));
    m_barAxis->setTitleText(tr("dB / LU"));
    m_histogramChart->setTitle(tr("Time spent at each loudness"));
    m_histogramX->setTitleText(matched ? tr("Short-term LUFS (matched)") : tr("Short-term LUFS"));
    m_histogramY->setTitleText(tr("% of time"));
}

// Short-term loudness over time, one line per track, with the mix's sections marked.
void DynamicsCharts::buildLoudness(const std::vector<DrawnTrack>& tracks, const ChartStyle& style) {
    std::vector<ChartOverlay::Marker> markers;
    double longest = 1.0;
    double loudest = -200.0;
    double quietest = 200.0;
    std::vector<QLineSeries*> lines;
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const DrawnTrack& drawn = tracks[k];
        const TrackAnalysis& a = *drawn.track.analysis;
        auto* line = new QLineSeries;
        line->setName(drawn.track.name);
        QList<QPointF> points;
        const auto& series = a.loudness.shortTermLufs;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (series[i] && *series[i] > -70.0f) {
                const double y = *series[i] + drawn.shiftDb;
                points << QPointF((static_cast<double>(i) + 1.0) * a.loudness.seriesIntervalS, y);
                loudest = std::max(loudest, y);
                quietest = std::min(quietest, y);
            }
        }
        line->replace(points);
        line->setPen(style.pen(drawn.colour, drawn.isMix ? 2.2 : 1.3, drawn.lineStyle));
        lines.push_back(line);
        // The song's length: the mix's (references run on to it or stop short).
        if (k == 0 || !tracks.front().isMix) {
            longest = std::max(longest, a.durationS);
        }

        // The sections of the mix (with no mix, of the first track): one
        // label each. Every track's sections would stack their labels.
        if (k == 0) {
            for (const Section& section : a.structure.sections) {
                markers.push_back(
                    {section.startS, drawn.colour, sectionLabelDisplayName(section.label)});
            }
        }
    }
    const bool hasMix = !tracks.empty() && tracks.front().isMix;
    addMixOnTop(m_loudnessChart, lines, hasMix, m_timeAxis, m_loudnessAxis);
    ChartStyle::setNiceRange(m_timeAxis, 0.0, longest, 9, ChartStyle::RangeEnds::Exact);
    if (loudest < quietest) {
        loudest = -10.0;
        quietest = -40.0;
    }
    ChartStyle::setNiceRange(m_loudnessAxis, quietest - 2.0, loudest + 2.0, 7);

    m_loudnessOverlay->setPalette(style.palette);
    m_loudnessOverlay->setFont(style.scaledFont(0.85));
    const QList<QAbstractSeries*> drawnLines = m_loudnessChart->series();
    m_loudnessOverlay->setReferenceSeries(drawnLines.isEmpty() ? nullptr : drawnLines.front());
    m_loudnessOverlay->setMarkers(std::move(markers));
}

// Crest, PLR, PSR and loudness range side by side, a bar set per track.
void DynamicsCharts::buildBars(const std::vector<DrawnTrack>& tracks, const ChartStyle& style) {
    auto* bars = new QBarSeries;
    m_barCategories->clear();
    m_barCategories->append({tr("Crest (dB)"), tr("PLR (dB)"), tr("PSR (dB)"), tr("LRA (LU)")});
    double barTop = 6.0;
    for (const DrawnTrack& drawn : tracks) {
        const TrackAnalysis& a = *drawn.track.analysis;
        auto* set = new QBarSet(drawn.track.name);
        set->append(a.levels.crestDb.value_or(0.0));
        set->append(a.plrDb().value_or(0.0));
        set->append(a.dynamics.psrDb.value_or(0.0));
        set->append(a.loudness.rangeLu.value_or(0.0));
        set->setColor(drawn.colour);
        set->setBorderColor(drawn.colour);
        set->setLabelColor(style.palette.color(QPalette::Text));
        set->setLabelFont(style.scaledFont(0.85));
        for (int i = 0; i < set->count(); ++i) {
            barTop = std::max(barTop, set->at(i));
        }
        bars->append(set);
    }
    m_barChart->addSeries(bars);
    bars->attachAxis(m_barCategories);
    bars->attachAxis(m_barAxis);
    const QList<QBarSet*> sets = bars->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const DrawnTrack& drawn = tracks[static_cast<std::size_t>(i)];
        // A repeated colour is hatched, as its line is dashed.
        sets[i]->setBrush(QBrush(
            drawn.colour, drawn.lineStyle == Qt::SolidLine ? Qt::SolidPattern : Qt::BDiagPattern));
    }
    // Room above the tallest bar for its value written upright.
    ChartStyle::setNiceRange(m_barAxis, 0.0, barTop * 1.3, 6);
    bars->setBarWidth(0.8);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(2);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    const QFont labelFont = style.scaledFont(0.85);
    fitBarLabels(m_barChart, bars, labelFont);
    QObject::connect(
        m_barChart, &QChart::plotAreaChanged, bars,
        [chart = m_barChart, bars, labelFont] { fitBarLabels(chart, bars, labelFont); });
}

void DynamicsCharts::fitBarLabels(const QChart* chart, QBarSeries* bars, const QFont& font) {
    const QList<QBarSet*> sets = bars->barSets();
    if (sets.isEmpty()) {
        return;
    }
    const QFontMetricsF metrics(font);
    double widest = 0.0;
    for (const QBarSet* set : sets) {
        for (int i = 0; i < set->count(); ++i) {
            widest = std::max(
                widest, metrics.horizontalAdvance(chart->locale().toString(set->at(i), 'g', 2)));
        }
    }
    // Each bar's share of the plot's width: categories × sets bars in 80 %.
    const double pitch = chart->plotArea().width() / static_cast<double>(sets.front()->count()) *
                         bars->barWidth() / static_cast<double>(sets.size());
    if (widest + 3.0 <= pitch) {
        bars->setLabelsAngle(0.0);
        bars->setLabelsVisible(true);
    } else if (metrics.height() + 1.0 <= pitch) {
        bars->setLabelsAngle(-90.0);
        bars->setLabelsVisible(true);
    } else {
        // Too narrow for any value to be read: the score card has them.
        bars->setLabelsVisible(false);
    }
}

// The share of time at each short-term loudness, one line per track.
void DynamicsCharts::buildHistogram(const std::vector<DrawnTrack>& tracks,
                                    const ChartStyle& style) {
    int histogramLow = 1000;
    int histogramHigh = -1000;
    double histogramTop = 1.0;
    std::vector<QLineSeries*> lines;
    for (const DrawnTrack& drawn : tracks) {
        const TrackAnalysis& a = *drawn.track.analysis;
        auto* histogram = new QLineSeries;
        histogram->setName(drawn.track.name);
        QList<QPointF> bins;
        const auto& h = a.dynamics.loudnessHistogram;
        for (std::size_t i = 0; i < h.size(); ++i) {
            const double lufs =
                a.dynamics.histogramFloorLufs + static_cast<double>(i) + 0.5 + drawn.shiftDb;
            bins << QPointF(lufs, 100.0 * h[i]);
            if (h[i] > 0.0f) {
                histogramLow = std::min(histogramLow, static_cast<int>(std::floor(lufs)));
                histogramHigh = std::max(histogramHigh, static_cast<int>(std::ceil(lufs)));
                histogramTop = std::max(histogramTop, 100.0 * h[i]);
            }
        }
        histogram->replace(bins);
        histogram->setPen(style.pen(drawn.colour, drawn.isMix ? 2.2 : 1.3, drawn.lineStyle));
        lines.push_back(histogram);
    }
    addMixOnTop(m_histogramChart, lines, !tracks.empty() && tracks.front().isMix, m_histogramX,
                m_histogramY);
    if (histogramLow > histogramHigh) {
        histogramLow = -40;
        histogramHigh = -5;
    }
    ChartStyle::setNiceRange(m_histogramX, histogramLow - 2, histogramHigh + 2, 8,
                             ChartStyle::RangeEnds::Inset);
    ChartStyle::setNiceRange(m_histogramY, 0.0, histogramTop, 5);
}

void DynamicsCharts::setHighlightedFinding(const std::vector<Finding>& findings, int highlighted) {
    m_loudnessOverlay->setZones(
        ChartOverlay::timeZones(findings, highlighted, FindingDomain::Dynamics, true));
}

} // namespace mixscope
