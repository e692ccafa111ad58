#include "ui/charts/spectrumcharts.h"

#include "core/common/units.h"
#include "ui/charts/chartoverlay.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QAreaSeries>
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
    std::vector<std::size_t> referenceIndex; ///< each curve's index into snapshot.references
    Curve average;
};

// The range of curves, band by band (where every curve has a level): an
// area from the lowest to the highest, without an outline.
QAreaSeries* rangeOf(const std::vector<Curve>& curves, const QString& name, const QColor& fill) {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (double hz : curves.front().hz) {
        double low = 1e9;
        double high = -1e9;
        bool complete = true;
        for (const Curve& curve : curves) {
            const auto level = levelAt(curve, hz);
            complete = complete && level.has_value();
            low = std::min(low, level.value_or(low));
            high = std::max(high, level.value_or(high));
        }
        if (complete && hz >= kLowHz && hz <= kHighHz * 1.13) {
            upper->append(hz, high);
            lower->append(hz, low);
        }
    }
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}

QColor rangeColour(const QPalette& palette) {
    QColor fill = Theme::averageColor(palette);
    fill.setAlphaF(0.14f);
    return fill;
}

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
        if (const auto gain = s.matchGainDb(i)) {
            curves.references.push_back(curveOf(*s.references[i].analysis, resolution, *gain));
            curves.referenceIndex.push_back(i);
        }
    }
    // Beneath the curves, where the references lie: their range.
    if (curves.references.size() > 1) {
        QAreaSeries* range = rangeOf(
            curves.references, SpectrumCharts::tr("Range of the references"), rangeColour(pal));
        chart->addSeries(range);
        range->attachAxis(x);
        range->attachAxis(y);
    }
    for (std::size_t k = 0; k < curves.references.size(); ++k) {
        const std::size_t i = curves.referenceIndex[k];
        const int colourIndex = static_cast<int>(i) + 1;
        QLineSeries* reference = seriesOf(
            curves.references[k], SpectrumCharts::tr("%1 (%2)").arg(
                                      s.references[i].name, Units::gain(*s.matchGainDb(i))));
        ChartStyle::setLegendName(reference, s.references[i].name);
        add(reference, style.pen(Theme::trackColor(colourIndex, pal), 1.4,
                                 Theme::trackLineStyle(colourIndex)));
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

// The mix minus one reference (an index into curves.references) or, for
// -1, minus the references' average: on 1/3 octaves exactly the comparison's numbers.
Curve differenceOf(const SessionSnapshot& s, SpectrumCharts::Resolution resolution,
                   const LevelCurves& curves, int against) {
    Curve difference;
    if (!curves.mix || curves.references.empty()) {
        return difference;
    }
    if (resolution == SpectrumCharts::Resolution::ThirdOctave) {
        const ReferenceDelta* delta = nullptr;
        if (against < 0 && s.comparison.average) {
            delta = &*s.comparison.average;
        } else if (against >= 0) {
            const std::size_t i = curves.referenceIndex[static_cast<std::size_t>(against)];
            delta = i < s.comparison.perReference.size() ? &s.comparison.perReference[i] : nullptr;
        }
        if (delta != nullptr) {
            difference.hz = s.comparison.bandCentersHz;
            difference.db = delta->spectrumDeltaDb;
            return difference;
        }
    }
    const Curve& other =
        against < 0 ? curves.average : curves.references[static_cast<std::size_t>(against)];
    for (std::size_t i = 0; i < other.hz.size(); ++i) {
        const auto mixLevel = levelAt(*curves.mix, other.hz[i]);
        difference.hz.push_back(other.hz[i]);
        difference.db.push_back(mixLevel && other.db[i]
                                    ? std::optional<double>(*mixLevel - *other.db[i])
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

// What the difference chart draws: the mix minus what it is compared
// against, and, on request or as a range, the mix minus each reference.
struct DifferenceCurves {
    Curve main;
    QString name;
    QString title;
    std::vector<Curve> each; ///< the mix minus each reference, in curves.references' order
    std::vector<std::size_t> referenceIndex;
    bool showEach = false;
    bool showRange = false;
};

// The zero line (dotted, for the overlay's labels), the references' range
// around the mix, each reference's difference and the difference compared,
// or a title that says why there is none yet. Returns the zero line.
QLineSeries* addDifference(QChart* chart, QLogValueAxis* x, QValueAxis* y,
                           const DifferenceCurves& curves, const SessionSnapshot& s,
                           const ChartStyle& style) {
    const QPalette& pal = style.palette;
    auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    auto* zero = new QLineSeries;
    zero->append(kLowHz, 0.0);
    zero->append(kHighHz, 0.0);
    attach(zero);
    zero->setPen(style.pen(Theme::averageColor(pal), 1.0, Qt::DotLine));
    ChartStyle::hideFromLegend(chart, zero);
    if (curves.main.hz.empty()) {
        chart->setTitle(
            s.mix ? SpectrumCharts::tr("Difference: add a reference track to compare the mix with")
                  : SpectrumCharts::tr("Difference: waiting for the analysed mix"));
        return zero;
    }
    if (curves.showRange && curves.each.size() > 1) {
        attach(
            rangeOf(curves.each, SpectrumCharts::tr("Range of the references"), rangeColour(pal)));
    }
    for (std::size_t k = 0; curves.showEach && k < curves.each.size(); ++k) {
        const std::size_t i = curves.referenceIndex[k];
        const int colourIndex = static_cast<int>(i) + 1;
        QLineSeries* series = seriesOf(curves.each[k], s.references[i].name);
        attach(series);
        series->setPen(style.pen(Theme::trackColor(colourIndex, pal), 1.1,
                                 Theme::trackLineStyle(colourIndex)));
    }
    QLineSeries* series = seriesOf(curves.main, curves.name);
    attach(series);
    series->setPen(style.pen(Theme::trackColor(0, pal), 2.4));
    chart->setTitle(curves.title);
    return zero;
}

// The index into curves.references of snapshot.references[reference]; -1
// when it has no curve (not analysed yet, or silent).
int indexOfReference(const LevelCurves& curves, int reference) {
    for (std::size_t k = 0; k < curves.referenceIndex.size(); ++k) {
        if (static_cast<int>(curves.referenceIndex[k]) == reference) {
            return static_cast<int>(k);
        }
    }
    return -1;
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
    m_levelChart->setTitle(m_compact ? QString() : tr("Spectrum, loudness-matched to the mix"));
    m_levelX->setTitleVisible(!m_compact);

    const LevelCurves curves =
        addLevelCurves(m_levelChart, m_levelX, m_levelY, s, style, resolution);
    DifferenceCurves difference;
    const int against = m_comparedWith >= 0 ? indexOfReference(curves, m_comparedWith) : -1;
    difference.main = differenceOf(s, resolution, curves, against);
    if (against >= 0) {
        const QString& name = s.references[static_cast<std::size_t>(m_comparedWith)].name;
        difference.name = tr("Mix minus %1").arg(name);
        difference.title = tr("Difference: above 0 the mix has more than %1").arg(name);
    } else {
        difference.name = curves.references.size() > 1 ? tr("Mix minus the references' average")
                                                       : tr("Mix minus the reference");
        difference.title = tr("Difference: above 0 the mix has more than the references");
    }
    for (std::size_t k = 0; k < curves.references.size(); ++k) {
        difference.each.push_back(differenceOf(s, resolution, curves, static_cast<int>(k)));
    }
    difference.referenceIndex = curves.referenceIndex;
    difference.showEach = m_eachReference;
    difference.showRange = against < 0;
    double extent = extentOf(difference.main);
    for (const Curve& each : difference.each) {
        extent =
            std::max(extent, difference.showEach || difference.showRange ? extentOf(each) : 0.0);
    }
    ChartStyle::setNiceRange(m_differenceY, -extent, extent, 5);
    QLineSeries* zero =
        addDifference(m_differenceChart, m_differenceX, m_differenceY, difference, s, style);

    const QFont labelFont = style.scaledFont(0.85);
    for (ChartOverlay* overlay : {m_levelOverlay, m_differenceOverlay}) {
        overlay->setPalette(pal);
        overlay->setFont(labelFont);
    }
    const QList<QAbstractSeries*> levelSeries = m_levelChart->series();
    m_levelOverlay->setReferenceSeries(levelSeries.isEmpty() ? nullptr : levelSeries.front());
    m_differenceOverlay->setReferenceSeries(zero);
    for (QChart* chart : {m_levelChart, m_differenceChart}) {
        chart->legend()->setVisible(!m_compact);
        ChartStyle::fitLegend(chart);
    }
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
