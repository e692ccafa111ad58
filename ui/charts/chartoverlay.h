#pragma once

#include "core/diagnosis/finding.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPalette>
#include <QRectF>
#include <QString>

#include <vector>

class QAbstractSeries;
class QChart;

namespace mixscope {

/// Draws on top of a chart's plot area what Qt Charts has no series for:
/// shaded, labelled x ranges (finding zones: frequencies or times) and
/// labelled vertical markers (section starts). Positions are chart values,
/// mapped through the axes of a reference series on every paint, so they
/// follow resizing and log axes. A child item of the chart, which owns it.
///
/// Labels never overlap: placedLabels() puts zone labels in rows from the top
/// of the plot (the highlighted zone's first) and marker labels in rows from
/// the bottom, each in the first row where it clears those already placed.
/// A label with no free row is left out; its zone or line is still drawn.
class ChartOverlay : public QGraphicsItem {
public:
    struct Zone {
        double from = 0.0; ///< x value where it starts (Hz or s)
        double to = 0.0;
        QString label;
        bool highlighted = false;
        QColor colour; ///< fill; invalid: Theme::zoneColor()
    };
    struct Marker {
        double x = 0.0;
        QColor colour;
        QString label;
    };
    /// A label as paint() draws it, in the chart's coordinates.
    struct PlacedLabel {
        QString text; ///< elided to fit the plot
        QRectF rect;
        QColor colour;
        bool bold = false;
    };

    explicit ChartOverlay(QChart* chart);

    /// The series whose axes map values to positions; null hides everything.
    void setReferenceSeries(QAbstractSeries* series);
    void setZones(std::vector<Zone> zones);
    void setMarkers(std::vector<Marker> markers);
    void setPalette(const QPalette& palette);
    /// Font of the labels; by default a little smaller than the application's.
    void setFont(const QFont& font);

    const std::vector<Zone>& zones() const { return m_zones; }
    const std::vector<Marker>& markers() const { return m_markers; }
    /// The labels where paint() puts them at the chart's present size.
    std::vector<PlacedLabel> placedLabels() const;

    /// The frequency ranges of the findings of domain as zones labelled with
    /// their titles, highlighted (an index into findings; -1 for none) marked.
    static std::vector<Zone> frequencyZones(const std::vector<Finding>& findings, int highlighted,
                                            FindingDomain domain);
    /// The moments of the findings of domain as zones (labelled once per
    /// finding). withHighlighted: the highlighted finding's moments too,
    /// whatever its domain (on the song's timeline every finding has a place).
    static std::vector<Zone> timeZones(const std::vector<Finding>& findings, int highlighted,
                                       FindingDomain domain, bool withHighlighted);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    double xPosition(double value) const;
    /// The zone's left and right edges in the plot; empty when it is not in view.
    std::optional<std::pair<double, double>> zoneEdges(const Zone& zone) const;

    QChart* m_chart;
    QAbstractSeries* m_series = nullptr;
    std::vector<Zone> m_zones;
    std::vector<Marker> m_markers;
    QPalette m_palette;
    QFont m_font;
};

} // namespace mixscope
