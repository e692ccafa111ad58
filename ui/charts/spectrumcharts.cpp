#include "ui/charts/spectrumcharts.h"

#include "core/common/units.h"
#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

constexpr double kLowHz = 20.0;
constexpr double kHighHz = 20000.0;

struct Curve {
    std::vector<double> hz;
    std::vector<std::optional<double>> db;
};

Curve curveOf(const TrackAnalysis& track, SpectrumCharts::Resolution resolution, double gainDb) {
    const bool fine = resolution == SpectrumCharts::Resolution::Fine;
    const auto& centres = fine ? track.spectrum.displayBandCentersHz : track.spectrum.bandCentersHz;
    const auto& levels = fine ? track.spectrum.displayMidDb : track.spectrum.midDb;
    Curve curve;
    for (std::size_t i = 0; i < centres.size() && i < levels.size(); ++i) {
        curve.hz.push_back(centres[i]);
        curve.db.push_back(levels[i] ? std::optional<double>(*levels[i] + gainDb) : std::nullopt);
    }
    return curve;
}

std::optional<double> levelAt(const Curve& curve, double hz) {
    for (std::size_t i = 0; i < curve.hz.size(); ++i) {
        if (std::abs(curve.hz[i] / hz - 1.0) < 0.01) {
            return curve.db[i];
        }
    }
    return std::nullopt;
}

// Bands where every reference has a level; elsewhere the average means nothing.
Curve averageOf(const std::vector<Curve>& curves) {
    Curve average;
    if (curves.empty()) {
        return average;
    }
    for (double hz : curves.front().hz) {
        double sum = 0.0;
        bool complete = true;
        for (const Curve& curve : curves) {
            const auto level = levelAt(curve, hz);
            complete = complete && level.has_value();
            sum += level.value_or(0.0);
        }
        average.hz.push_back(hz);
        average.db.push_back(complete
                                 ? std::optional<double>(sum / static_cast<double>(curves.size()))
                                 : std::nullopt);
    }
    return average;
}

QLineSeries* seriesOf(const Curve& curve, const QString& name) {
    auto* series = new QLineSeries;
    series->setName(name);
    QList<QPointF> points;
    for (std::size_t i = 0; i < curve.hz.size(); ++i) {
        if (curve.db[i] && curve.hz[i] >= kLowHz && curve.hz[i] <= kHighHz * 1.13) {
            points << QPointF(curve.hz[i], *curve.db[i]);
        }
    }
    series->replace(points);
    return series;
}

QLogValueAxis* frequencyAxis() {
    auto* axis = new QLogValueAxis;
    axis->setBase(10.0);
    axis->setRange(kLowHz, kHighHz);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(8);
    return axis;
}

// The level chart's curves: each reference at its match gain, their average
// (dashed, with two or more), the mix on top.
struct LevelCurves {
    std::optional<Curve> mix;
    std::vector<Curve> references;
    Curve average;
};

LevelCurves addLevelCurves(QChart* chart, QLogValueAxis* x, QValueAxis* y, const SessionSnapshot& s,
                           const ChartStyle& style, SpectrumCharts::Resolution resolution) {
    const QPalette& pal = style.palette;
    double top = -200.0;
    auto add = [&](QLineSeries* series, const QPen& pen) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        series->setPen(pen);
        const QList<QPointF> points = series->points();
        for (const QPointF& p : points) {
            top = std::max(top, p.y());
        }
    };
    LevelCurves curves;
    if (s.mix) {
        curves.mix = curveOf(*s.mix->analysis, resolution, 0.0);
    }
    for (std::size_t i = 0; i < s.references.size(); ++i) {
        const auto gain = s.matchGainDb(i);
        if (!gain) {
            continue;
        }
        curves.references.push_back(curveOf(*s.references[i].analysis, resolution, *gain));
        QLineSeries* reference =
            seriesOf(curves.references.back(),
                     SpectrumCharts::tr("%1 (%2)").arg(s.references[i].name, Units::gain(*gain)));
        ChartStyle::setLegendName(reference, s.references[i].name);
        add(reference, style.pen(Theme::trackColor(static_cast<int>(i) + 1, pal), 1.4,
                                 Theme::trackLineStyle(static_cast<int>(i) + 1)));
    }
    curves.average = averageOf(curves.references);
    if (curves.references.size() > 1) {
        add(seriesOf(curves.average, SpectrumCharts::tr("Average of the references")),
            style.pen(Theme::averageColor(pal), 2.0, Qt::DashLine));
    }
    if (curves.mix) {
        QLineSeries* mix = seriesOf(*curves.mix, SpectrumCharts::tr("Mix: %1").arg(s.mix->name));
        ChartStyle::setLegendName(mix, s.mix->name);
        add(mix, style.pen(Theme::trackColor(0, pal), 2.6));
    }
    const double yMax = top > -200.0 ? std::ceil((top + 3.0) / 10.0) * 10.0 : 0.0;
    ChartStyle::setNiceRange(y, yMax - 60.0, yMax, 7);
    return curves;
}

// The mix minus the references' average: on 1/3 octaves exactly the comparison's numbers.
Curve differenceOf(const SessionSnapshot& s, SpectrumCharts::Resolution resolution,
                   const LevelCurves& curves) {
    Curve difference;
    if (!curves.mix || curves.references.empty()) {
        return difference;
    }
    if (resolution == SpectrumCharts::Resolution::ThirdOctave && s.comparison.average) {
        difference.hz = s.comparison.bandCentersHz;
        difference.db = s.comparison.average->spectrumDeltaDb;
        return difference;
    }
    const Curve& average = curves.average;
    for (std::size_t i = 0; i < average.hz.size(); ++i) {
        const auto mixLevel = levelAt(*curves.mix, average.hz[i]);
        difference.hz.push_back(average.hz[i]);
        difference.db.push_back(mixLevel && average.db[i]
                                    ? std::optional<double>(*mixLevel - *average.db[i])
                                    : std::nullopt);
    }
    return difference;
}

// Symmetric around 0, in steps of 6 dB, at least ±6 and at most ±36.
double extentOf(const Curve& difference) {
    double extent = 6.0;
    for (const auto& db : difference.db) {
        if (db) {
            extent = std::max(extent, std::abs(*db));
        }
    }
    return std::min(36.0, std::ceil(extent / 6.0) * 6.0);
}

// The zero line (dotted, for the overlay's labels) and the difference curve,
// or a title that says why there is none yet. Returns the zero line.
QLineSeries* addDifference(QChart* chart, QLogValueAxis* x, QValueAxis* y, const Curve& difference,
                           std::size_t referenceCount, bool hasMix, const ChartStyle& style) {
    const QPalette& pal = style.palette;
    auto* zero = new QLineSeries;
    zero->append(kLowHz, 0.0);
    zero->append(kHighHz, 0.0);
    chart->addSeries(zero);
    zero->attachAxis(x);
    zero->attachAxis(y);
    zero->setPen(style.pen(Theme::averageColor(pal), 1.0, Qt::DotLine));
    ChartStyle::hideFromLegend(chart, zero);
    if (difference.hz.empty()) {
        chart->setTitle(
            hasMix ? SpectrumCharts::tr("Difference: add a reference track to compare the mix with")
                   : SpectrumCharts::tr("Difference: waiting for the analysed mix"));
        return zero;
    }
    auto* series = seriesOf(
        difference, referenceCount > 1 ? SpectrumCharts::tr("Mix minus the references' average")
                                       : SpectrumCharts::tr("Mix minus the reference"));
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
    series->setPen(style.pen(Theme::trackColor(0, pal), 2.4));
    chart->setTitle(SpectrumCharts::tr("Difference: above 0 the mix has more than the references"));
    return zero;
}

} // namespace

SpectrumCharts::SpectrumCharts()
    : m_levelChart(new QChart)
    , m_differenceChart(new QChart)
    , m_levelX(frequencyAxis())
    , m_levelY(new QValueAxis)
    , m_differenceX(frequencyAxis())
    , m_differenceY(new QValueAxis) {
    m_levelChart->addAxis(m_levelX, Qt::AlignBottom);
    m_levelChart->addAxis(m_levelY, Qt::AlignLeft);
    m_differenceChart->addAxis(m_differenceX, Qt::AlignBottom);
    m_differenceChart->addAxis(m_differenceY, Qt::AlignLeft);
    m_levelOverlay = new ChartOverlay(m_levelChart);
    m_differenceOverlay = new ChartOverlay(m_differenceChart);
}

void SpectrumCharts::build(const SessionSnapshot& s, const ChartStyle& style, Resolution resolution,
                           int highlighted) {
    const QPalette& pal = style.palette;
    for (QChart* chart : {m_levelChart, m_differenceChart}) {
        chart->removeAllSeries();
        style.applyTo(chart);
    }
    m_levelX->setTitleText(tr("Frequency (Hz)"));
    m_levelY->setTitleText(tr("Level (dB)"));
    m_differenceX->setTitleText(tr("Frequency (Hz)"));
    m_differenceY->setTitleText(tr("Δ dB"));
    m_levelChart->setTitle(tr("Spectrum, loudness-matched to the mix"));

    const LevelCurves curves =
        addLevelCurves(m_levelChart, m_levelX, m_levelY, s, style, resolution);
    const Curve difference = differenceOf(s, resolution, curves);
    const double extent = extentOf(difference);
    ChartStyle::setNiceRange(m_differenceY, -extent, extent, 5);
    QLineSeries* zero = addDifference(m_differenceChart, m_differenceX, m_differenceY, difference,
                                      curves.references.size(), s.mix.has_value(), style);

    const QFont labelFont = style.scaledFont(0.85);
    for (ChartOverlay* overlay : {m_levelOverlay, m_differenceOverlay}) {
        overlay->setPalette(pal);
        overlay->setFont(labelFont);
    }
    const QList<QAbstractSeries*> levelSeries = m_levelChart->series();
    m_levelOverlay->setReferenceSeries(levelSeries.isEmpty() ? nullptr : levelSeries.front());
    m_differenceOverlay->setReferenceSeries(zero);
    ChartStyle::fitLegend(m_levelChart);
    ChartStyle::fitLegend(m_differenceChart);
    setHighlightedFinding(s.findings, highlighted);
}

void SpectrumCharts::setHighlightedFinding(const std::vector<Finding>& findings, int highlighted) {
    m_levelOverlay->setZones(
        ChartOverlay::frequencyZones(findings, highlighted, FindingDomain::Spectrum));
    std::vector<ChartOverlay::Zone> unlabeled =
        ChartOverlay::frequencyZones(findings, highlighted, FindingDomain::Spectrum);
    for (ChartOverlay::Zone& zone : unlabeled) {
        if (!zone.highlighted) {
            zone.label.clear();
        }
    }
    m_differenceOverlay->setZones(std::move(unlabeled));
}

} // namespace mixscope
