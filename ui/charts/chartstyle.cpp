#include "ui/charts/chartstyle.h"

#include "ui/shell/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
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
constexpr const char* kNiceInset = "mixscopeNiceInset";
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

void applyNiceRange(QValueAxis* axis, double low, double high, int maxTicks, bool inset) {
    const double step = niceStep(low, high, maxTicks);
    const double first = std::floor(low / step + 1e-9) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    axis->setLabelFormat(step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (inset) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(first);
        axis->setTickInterval(step);
        axis->setRange(first - step / 2.0, last + step / 2.0);
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
        const bool inset = axis->property(kNiceInset).toBool();
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
            applyNiceRange(axis, low, high, ticks, inset);
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
    view->setMinimumSize(240, 160);
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
    axis->setProperty(kNiceInset, ends == RangeEnds::Inset);
    axis->setProperty(kNiceTicks, maxTicks);
    applyNiceRange(axis, low, high, maxTicks, ends == RangeEnds::Inset);
    if (QChart* chart = qobject_cast<QChart*>(axis->parent()); chart != nullptr) {
        refitTicks(chart);
    }
}

void ChartStyle::hideFromLegend(QChart* chart, QAbstractSeries* series) {
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers) {
        marker->setVisible(false);
    }
}

} // namespace mixscope
