#include "ui/charts/dynamicscharts.h"

#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

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
    const QPalette& pal = style.palette;
    const std::vector<ComparedTrack> tracks = s.tracks();

    for (QChart* chart : {m_loudnessChart, m_barChart, m_histogramChart}) {
        chart->removeAllSeries();
        style.applyTo(chart);
    }
    m_loudnessChart->setTitle(matched ? tr("Short-term loudness, loudness-matched, with sections")
                                      : tr("Short-term loudness, with sections"));
    m_timeAxis->setTitleText(tr("Time (s)"));
    m_loudnessAxis->setTitleText(matched ? tr("LUFS (matched)") : tr("LUFS"));
    m_barChart->setTitle(tr("Dynamics: higher is more open"));
    m_barAxis->setTitleText(tr("dB / LU"));
    m_histogramChart->setTitle(tr("Time spent at each loudness"));
    m_histogramX->setTitleText(matched ? tr("Short-term LUFS (matched)") : tr("Short-term LUFS"));
    m_histogramY->setTitleText(tr("% of time"));

    std::vector<ChartOverlay::Marker> markers;
    double longest = 1.0;
    double loudest = -200.0;
    double quietest = 200.0;
    int histogramLow = 1000;
    int histogramHigh = -1000;
    double histogramTop = 1.0;

    auto* bars = new QBarSeries;
    m_barCategories->clear();
    m_barCategories->append({tr("Crest (dB)"), tr("PLR (dB)"), tr("PSR (dB)"), tr("LRA (LU)")});

    std::vector<QBarSet*> sets;
    std::vector<QLineSeries*> loudnessLines;
    std::vector<QLineSeries*> histogramLines;
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const ComparedTrack& track = tracks[k];
        const TrackAnalysis& a = *track.analysis;
        const bool isMix = s.mix && k == 0;
        const int colourIndex = s.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        const QColor colour = Theme::trackColor(colourIndex, pal);
        double shift = 0.0;
        if (matched && !isMix) {
            shift = s.matchGainDb(s.mix ? k - 1 : k).value_or(0.0);
        }

        auto* line = new QLineSeries;
        line->setName(track.name);
        QList<QPointF> points;
        const auto& series = a.loudness.shortTermLufs;
        for (std::size_t i = 0; i < series.size(); ++i) {
            if (series[i] && *series[i] > -70.0f) {
                const double y = *series[i] + shift;
                points << QPointF((static_cast<double>(i) + 1.0) * a.loudness.seriesIntervalS, y);
                loudest = std::max(loudest, y);
                quietest = std::min(quietest, y);
            }
        }
        line->replace(points);
        line->setPen(style.pen(colour, isMix ? 2.2 : 1.3));
        loudnessLines.push_back(line);
        longest = std::max(longest, a.durationS);

        const int lane = static_cast<int>(k);
        for (const Section& section : a.structure.sections) {
            markers.push_back({section.startS, colour,
                               lane < 3 ? sectionLabelDisplayName(section.label) : QString(),
                               lane});
        }

        auto* set = new QBarSet(track.name);
        set->append(a.levels.crestDb.value_or(0.0));
        set->append(a.plrDb().value_or(0.0));
        set->append(a.dynamics.psrDb.value_or(0.0));
        set->append(a.loudness.rangeLu.value_or(0.0));
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(pal.color(QPalette::Text));
        set->setLabelFont(style.scaledFont(0.85));
        sets.push_back(set);

        auto* histogram = new QLineSeries;
        histogram->setName(track.name);
        QList<QPointF> bins;
        const auto& h = a.dynamics.loudnessHistogram;
        for (std::size_t i = 0; i < h.size(); ++i) {
            const double lufs =
                a.dynamics.histogramFloorLufs + static_cast<double>(i) + 0.5 + shift;
            bins << QPointF(lufs, 100.0 * h[i]);
            if (h[i] > 0.0f) {
                histogramLow = std::min(histogramLow, static_cast<int>(std::floor(lufs)));
                histogramHigh = std::max(histogramHigh, static_cast<int>(std::ceil(lufs)));
                histogramTop = std::max(histogramTop, 100.0 * h[i]);
            }
        }
        histogram->replace(bins);
        histogram->setPen(style.pen(colour, isMix ? 2.2 : 1.3));
        histogramLines.push_back(histogram);
    }

    // References first, the mix last: it is drawn on top.
    for (std::size_t k = loudnessLines.size(); k-- > 0;) {
        const QPen pen = loudnessLines[k]->pen();
        m_loudnessChart->addSeries(loudnessLines[k]);
        loudnessLines[k]->attachAxis(m_timeAxis);
        loudnessLines[k]->attachAxis(m_loudnessAxis);
        loudnessLines[k]->setPen(pen);
        const QPen histogramPen = histogramLines[k]->pen();
        m_histogramChart->addSeries(histogramLines[k]);
        histogramLines[k]->attachAxis(m_histogramX);
        histogramLines[k]->attachAxis(m_histogramY);
        histogramLines[k]->setPen(histogramPen);
    }
    for (QBarSet* set : sets) {
        bars->append(set);
    }
    m_barChart->addSeries(bars);
    bars->attachAxis(m_barCategories);
    bars->attachAxis(m_barAxis);
    for (QBarSet* set : sets) {
        const QColor colour = set->color();
        set->setColor(colour);
    }
    double barTop = 6.0;
    for (QBarSet* set : sets) {
        for (int i = 0; i < set->count(); ++i) {
            barTop = std::max(barTop, set->at(i));
        }
    }
    ChartStyle::setNiceRange(m_barAxis, 0.0, barTop * 1.12, 6);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(2);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);

    ChartStyle::setNiceRange(m_timeAxis, 0.0, longest, 9);
    if (loudest < quietest) {
        loudest = -10.0;
        quietest = -40.0;
    }
    ChartStyle::setNiceRange(m_loudnessAxis, quietest - 2.0, loudest + 2.0, 7);
    if (histogramLow > histogramHigh) {
        histogramLow = -40;
        histogramHigh = -5;
    }
    ChartStyle::setNiceRange(m_histogramX, histogramLow - 2, histogramHigh + 2, 8);
    ChartStyle::setNiceRange(m_histogramY, 0.0, histogramTop, 5);

    m_loudnessOverlay->setPalette(pal);
    m_loudnessOverlay->setFont(style.scaledFont(0.85));
    const QList<QAbstractSeries*> lines = m_loudnessChart->series();
    m_loudnessOverlay->setReferenceSeries(lines.isEmpty() ? nullptr : lines.front());
    m_loudnessOverlay->setMarkers(std::move(markers));
    setHighlightedFinding(s.findings, highlighted);
}

void DynamicsCharts::setHighlightedFinding(const std::vector<Finding>& findings, int highlighted) {
    m_loudnessOverlay->setZones(ChartOverlay::timeZones(findings, highlighted));
}

} // namespace mixscope
