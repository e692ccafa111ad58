#pragma once

#include "ui/chartlook.h"

#include <QString>

class QAbstractSeries;
class QChart;
class QValueAxis;
class QChartView;
class QWidget;

namespace mixscope {

/// How every Mixscope chart looks: the Qt Charts light or dark theme picked
/// from the look's palette, then the palette's own base and text colours and
/// the look's fonts on top, so that charts follow Theme::apply() and the
/// system palette alike (and the PDF sheet stays light).
class ChartStyle {
public:
    /// A chart view for chart (taking ownership), antialiased, with an
    /// accessible name.
    static QChartView* makeView(QChart* chart, const QString& accessibleName, QWidget* parent);

    /// Restyles chart, its legend and its axes for look. Resets series
    /// colours: call before setting the series' pens.
    static void apply(QChart* chart, const ChartLook& look);

    /// Sets axis to cover low…high with round ticks (1, 2 or 5 × 10^n
    /// apart, at most maxTicks of them) and labels with decimals to match.
    static void setNiceRange(QValueAxis* axis, double low, double high, int maxTicks = 8,
                             const QString& format = {});

    /// Leaves series out of the legend (zones, zero lines).
    static void hideFromLegend(QChart* chart, QAbstractSeries* series);
};

} // namespace mixscope
