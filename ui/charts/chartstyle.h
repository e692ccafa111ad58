#pragma once

#include <QFont>
#include <QPalette>
#include <QPen>
#include <QString>

class QAbstractSeries;
class QChart;
class QValueAxis;
class QChartView;
class QWidget;

namespace mixscope {

/// How a Mixscope chart is drawn, in one place for the window and the PDF
/// sheet. The window passes its widget's palette and font; the sheet a light
/// palette, fonts sized in pixels (its scenes are drawn at a fixed scale, so
/// text must not depend on the screen's DPI) and thinner lines. A plain value;
/// applyTo() puts the Qt Charts light or dark theme picked from the palette
/// on a chart, then the palette's own base and text colours and the fonts on
/// top, so that charts follow Theme::apply() and the system palette alike.
struct ChartStyle {
    QPalette palette;
    QFont font;                  ///< chart titles; axis labels and legends are smaller
    double lineWidthScale = 1.0; ///< factor on the width of every series' line

    /// font scaled by factor, whether it is sized in points or in pixels.
    QFont scaledFont(double factor) const;

    /// A cosmetic pen of width × lineWidthScale.
    QPen pen(const QColor& colour, qreal width, Qt::PenStyle penStyle = Qt::SolidLine) const;

    /// Restyles chart, its legend and its axes. Resets series colours: call
    /// before setting the series' pens.
    void applyTo(QChart* chart) const;

    /// A chart view for chart (taking ownership), antialiased, with an
    /// accessible name.
    static QChartView* makeView(QChart* chart, const QString& accessibleName, QWidget* parent);

    /// Where a value axis' range ends: on its first and last ticks, or half a
    /// step beyond them, so that its outer numbers keep clear of the corners
    /// (where the other axis writes its own).
    /// Exact: the range is low…high itself, with ticks at the round values
    /// inside it (a time axis as long as the song, not rounded up).
    enum class RangeEnds { OnTicks, Inset, Exact };

    /// Sets axis to cover low…high with round ticks (1, 2 or 5 × 10^n apart,
    /// at most maxTicks of them) and labels with decimals to match. The chart
    /// keeps the ticks far enough apart to read as it is resized (fewer ticks
    /// in a small plot, never "…" in place of a number): see applyTo().
    static void setNiceRange(QValueAxis* axis, double low, double high, int maxTicks = 8,
                             RangeEnds ends = RangeEnds::OnTicks);

    /// Names the part of a series' (or bar set's) legend label that is the
    /// track's name: fitLegend() shortens that part only ("nexu…anity (-1.6 dB)").
    static void setLegendName(QObject* seriesOrBarSet, const QString& trackName);

    /// Shortens the legend's labels in the middle, so that all of them fit in
    /// one row whole and two tracks never read alike (Qt would cut each at its
    /// end). applyTo() refits them when the chart is resized; call it after
    /// adding series.
    static void fitLegend(QChart* chart);

    /// Leaves series out of the legend (zones, zero lines).
    static void hideFromLegend(QChart* chart, QAbstractSeries* series);
};

} // namespace mixscope
