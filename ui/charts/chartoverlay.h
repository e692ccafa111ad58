#pragma once

#include "core/diagnosis/finding.h"

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPalette>
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
        int lane = 0; ///< label row from the top of the plot area
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

    /// Every finding with a frequency range as a zone labelled with its
    /// title, finding highlighted (an index into findings; -1 for none) marked.
    static std::vector<Zone> frequencyZones(const std::vector<Finding>& findings, int highlighted);
    /// Every time range of every finding as a zone (labelled once per finding).
    static std::vector<Zone> timeZones(const std::vector<Finding>& findings, int highlighted);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    double xPosition(double value) const;

    QChart* m_chart;
    QAbstractSeries* m_series = nullptr;
    std::vector<Zone> m_zones;
    std::vector<Marker> m_markers;
    QPalette m_palette;
    QFont m_font;
};

} // namespace mixscope
