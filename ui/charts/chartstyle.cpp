#include "ui/charts/chartstyle.h"

#include "ui/shell/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

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
    // Axis numbers as the language writes them ("-0,5" in German).
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    const QFont labelFont = scaledFont(0.85);
    chart->legend()->setFont(labelFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setAlignment(Qt::AlignBottom);
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
                              const QString& format) {
    if (!(high > low)) {
        high = low + 1.0;
    }
    const double rough = (high - low) / std::max(1, maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough) {
            break;
        }
    }
    const double first = std::floor(low / step + 1e-9) * step;
    const double last = std::ceil(high / step - 1e-9) * step;
    axis->setRange(first, last);
    axis->setTickCount(static_cast<int>(std::lround((last - first) / step)) + 1);
    if (!format.isEmpty()) {
        axis->setLabelFormat(format);
    } else {
        axis->setLabelFormat(step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    }
}

void ChartStyle::hideFromLegend(QChart* chart, QAbstractSeries* series) {
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers) {
        marker->setVisible(false);
    }
}

} // namespace mixscope
