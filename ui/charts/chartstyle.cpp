#include "ui/charts/chartstyle.h"

#include "ui/shell/elision.h"
#include "ui/shell/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// What setNiceRange() was asked for, kept on the axis for refitTicks().
constexpr const char* kNiceLow = "mixscopeNiceLow";
constexpr const char* kNiceHigh = "mixscopeNiceHigh";
constexpr const char* kNiceMaxTicks = "mixscopeNiceMaxTicks";
constexpr const char* kNiceEnds = "mixscopeNiceEnds";
constexpr const char* kNiceTicks = "mixscopeNiceTicks"; // the most ticks now allowed

// The round step (1, 2 or 5 × 10^n) that covers low…high in at most maxTicks ticks.
double niceStep(double low, double high, int maxTicks) {
    const double rough = (high - low) / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough) {
            break;
        }
    }
    return step;
}

// The next round step after step: 1 → 2 → 5 → 10 (× 10^n).
double nextNiceStep(double step) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    const double factor = step / magnitude;
    return (factor < 1.5 ? 2.0 : factor < 3.5 ? 5.0 : 10.0) * magnitude;
}

void applyNiceRange(QValueAxis* axis, double low, double high, int maxTicks,
                    ChartStyle::RangeEnds ends) {
    double step = niceStep(low, high, maxTicks);
    double first = std::floor(low / step + 1e-9) * step;
    double last = std::ceil(high / step - 1e-9) * step;
    // Rounded out to whole steps, the range can take one tick more than
    // asked for: then the next round step.
    while (std::lround((last - first) / step) + 1 > std::max(2, maxTicks)) {
        step = nextNiceStep(step);
        first = std::floor(low / step + 1e-9) * step;
        last = std::ceil(high / step - 1e-9) * step;
    }
    axis->setLabelFormat(step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (ends == ChartStyle::RangeEnds::Inset) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(first);
        axis->setTickInterval(step);
        axis->setRange(first - step / 2.0, last + step / 2.0);
    } else if (ends == ChartStyle::RangeEnds::Exact) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(first);
        axis->setTickInterval(step);
        axis->setRange(low, high);
    } else {
        axis->setTickType(QValueAxis::TicksFixed);
        axis->setRange(first, last);
        axis->setTickCount(static_cast<int>(std::lround((last - first) / step)) + 1);
    }
}

// Fewer ticks when the plot is too small for those setNiceRange() asked for:
// numbers at least 1.6 lines apart upwards, a number's width plus 12 px across.
void refitTicks(QChart* chart) {
    const QRectF plot = chart->plotArea();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* abstract : axes) {
        auto* axis = qobject_cast<QValueAxis*>(abstract);
        if (axis == nullptr || !axis->property(kNiceMaxTicks).isValid()) {
            continue;
        }
        const double low = axis->property(kNiceLow).toDouble();
        const double high = axis->property(kNiceHigh).toDouble();
        const int maxTicks = axis->property(kNiceMaxTicks).toInt();
        const auto ends = static_cast<ChartStyle::RangeEnds>(axis->property(kNiceEnds).toInt());
        const QFontMetricsF metrics(axis->labelsFont());
        double room = plot.height();
        double spacing = metrics.height() * 1.6;
        if (axis->orientation() == Qt::Horizontal) {
            room = plot.width();
            const int decimals = niceStep(low, high, maxTicks) >= 1.0 ? 0 : 1;
            spacing = 12.0 + std::max(metrics.horizontalAdvance(
                                          chart->locale().toString(axis->min(), 'f', decimals)),
                                      metrics.horizontalAdvance(
                                          chart->locale().toString(axis->max(), 'f', decimals)));
        }
        if (room <= 0.0) {
            continue;
        }
        const int fitting = std::max(2, static_cast<int>(room / spacing) + 1);
        const int ticks = std::min(maxTicks, fitting);
        if (axis->property(kNiceTicks).toInt() != ticks) {
            axis->setProperty(kNiceTicks, ticks);
            applyNiceRange(axis, low, high, ticks, ends);
        }
    }
}

} // namespace

QFont ChartStyle::scaledFont(double factor) const {
    QFont scaled = font;
    if (font.pixelSize() > 0) {
        scaled.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * factor))));
    } else {
        scaled.setPointSizeF(font.pointSizeF() * factor);
    }
    return scaled;
}

QPen ChartStyle::pen(const QColor& colour, qreal width, Qt::PenStyle penStyle) const {
    QPen cosmetic(colour, width * lineWidthScale, penStyle);
    cosmetic.setCosmetic(true);
    return cosmetic;
}

QChartView* ChartStyle::makeView(QChart* chart, const QString& accessibleName, QWidget* parent) {
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    // Room for a title, the axes' numbers and title and a few grid lines;
    // no more, so that many tracks on a laptop's screen still fit.
    view->setMinimumSize(240, 10 * view->fontMetrics().height());
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void ChartStyle::applyTo(QChart* chart) const {
    const bool dark = Theme::isDark(palette);
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.16f);
    QColor minorGrid = text;
    minorGrid.setAlphaF(0.06f);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 2, 4, 2));
    // Axis numbers as the language writes them ("-0,5" in German), without
    // thousands separators ("10000 Hz", as analysers write it). Qt 6.4 then
    // formats only "%.Nf"-like label formats: "%g" and a "+" flag print nothing.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    const QFont labelFont = scaledFont(0.85);
    chart->legend()->setFont(labelFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!chart->property("mixscopeRefitsTicks").toBool()) {
        chart->setProperty("mixscopeRefitsTicks", true);
        QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { refitTicks(chart); });
        QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart,
                         [chart] { fitLegend(chart); });
    }
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(minorGrid);
        axis->setLinePenColor(grid);
        axis->setLabelsFont(labelFont);
        axis->setTitleFont(labelFont);
    }
}

void ChartStyle::setNiceRange(QValueAxis* axis, double low, double high, int maxTicks,
                              RangeEnds ends) {
    if (!(high > low)) {
        high = low + 1.0;
    }
    axis->setProperty(kNiceLow, low);
    axis->setProperty(kNiceHigh, high);
    axis->setProperty(kNiceMaxTicks, maxTicks);
    axis->setProperty(kNiceEnds, static_cast<int>(ends));
    axis->setProperty(kNiceTicks, maxTicks);
    applyNiceRange(axis, low, high, maxTicks, ends);
    if (QChart* chart = qobject_cast<QChart*>(axis->parent()); chart != nullptr) {
        refitTicks(chart);
    }
}

namespace {

constexpr const char* kLegendName = "mixscopeLegendName";
constexpr const char* kFullLabel = "mixscopeFullLabel";
constexpr const char* kHiddenMarker = "mixscopeHiddenMarker";

// The series or bar set a legend marker stands for.
const QObject* ownerOf(QLegendMarker* marker) {
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker)) {
        return bar->barset();
    }
    return marker->series();
}

} // namespace

void ChartStyle::setLegendName(QObject* seriesOrBarSet, const QString& trackName) {
    seriesOrBarSet->setProperty(kLegendName, trackName);
}

void ChartStyle::fitLegend(QChart* chart) {
    QLegend* legend = chart->legend();
    std::vector<QLegendMarker*> shown;
    const QList<QLegendMarker*> markers = legend->markers();
    for (QLegendMarker* marker : markers) {
        // (Markers are not visible until the legend is first laid out.)
        if (!marker->property(kHiddenMarker).toBool()) {
            if (!marker->property(kFullLabel).isValid()) {
                marker->setProperty(kFullLabel, marker->label());
            }
            shown.push_back(marker);
        }
    }
    if (shown.empty() || !legend->isVisible() || chart->size().width() <= 0.0) {
        return;
    }
    const QFontMetricsF metrics(legend->font());
    // Each entry: a square marker, the gaps around it, and its label.
    const double overhead = metrics.height() * 1.6 + 20.0;
    const double width =
        chart->size().width() - chart->margins().left() - chart->margins().right() - 16.0;
    double natural = 0.0;
    double longestRest = 0.0; // the widest part of a label that is not a name
    for (QLegendMarker* marker : shown) {
        const QString full = marker->property(kFullLabel).toString();
        natural += overhead + metrics.horizontalAdvance(full);
        const QObject* owner = ownerOf(marker);
        const QString name = owner != nullptr ? owner->property(kLegendName).toString() : QString();
        if (!name.isEmpty() && full.contains(name)) {
            longestRest =
                std::max(longestRest, metrics.horizontalAdvance(QString(full).remove(name)));
        }
    }
    // In one row below the plot while every name keeps ten letters or so;
    // beside it, one entry a line, when there are too many for that.
    const double rowShare = width / static_cast<double>(shown.size()) - overhead;
    const bool inRow = rowShare - longestRest >= metrics.averageCharWidth() * 10.0;
    legend->setAlignment(inRow ? Qt::AlignBottom : Qt::AlignRight);
    const double share = inRow ? rowShare : width * 0.3 - overhead;
    // Only a label's name gives way: the rest (a match gain) stays whole.
    QStringList names;
    std::vector<double> widths;
    for (QLegendMarker* marker : shown) {
        const QString full = marker->property(kFullLabel).toString();
        const QObject* owner = ownerOf(marker);
        const QString name = owner != nullptr ? owner->property(kLegendName).toString() : QString();
        const bool named = !name.isEmpty() && full.contains(name);
        names << (named ? name : full);
        widths.push_back(
            inRow && natural <= width
                ? 1e6
                : std::max(metrics.height(),
                           share - (named ? metrics.horizontalAdvance(QString(full).remove(name))
                                          : 0.0)));
    }
    const QStringList shortened = distinctElided(names, widths, metrics);
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const auto k = static_cast<qsizetype>(i);
        QString label = shown[i]->property(kFullLabel).toString();
        label.replace(names[k], shortened[k]);
        shown[i]->setLabel(label);
    }
    // A marker's new label shows once the legend is laid out again: now,
    // for the PDF, which paints without an event loop turning in between.
    if (QGraphicsLayout* layout = legend->layout(); layout != nullptr) {
        layout->invalidate();
        layout->activate();
    }
}

void ChartStyle::hideFromLegend(QChart* chart, QAbstractSeries* series) {
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers) {
        marker->setVisible(false);
        marker->setProperty(kHiddenMarker, true);
    }
}

} // namespace mixscope
