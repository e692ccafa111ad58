#pragma once

#include <QColor>
#include <QPen>

class QAbstractSeries;
class QChart;
class QValueAxis;
class QChartView;
class QPalette;
class QWidget;

namespace mixscope {

/// How every Mixscope chart looks: the Qt Charts light or dark theme picked
/// from the widget's palette, then the palette's own base and text colours on
/// top, so that charts follow Theme::apply() and the system palette alike.
class ChartStyle {
public:
    /// A chart view for chart (taking ownership), antialiased, with an
    /// accessible name.
    static QChartView* makeView(QChart* chart, const QString& accessibleName, QWidget* parent);

    /// Restyles chart and its axes for palette. Resets series colours: call
    /// before setting the series' pens.
    static void apply(QChart* chart, const QPalette& palette);

    static QPen pen(const QColor& colour, qreal width, Qt::PenStyle style = Qt::SolidLine);

    /// Sets axis to cover low…high with round ticks (1, 2 or 5 × 10^n
    /// apart, at most maxTicks of them) and labels with decimals to match.
    static void setNiceRange(QValueAxis* axis, double low, double high, int maxTicks = 8,
                             const QString& format = {});

    /// Leaves series out of the legend (zones, zero lines).
    static void hideFromLegend(QChart* chart, QAbstractSeries* series);
};

} // namespace mixscope
