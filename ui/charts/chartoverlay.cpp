#include "ui/charts/chartoverlay.h"

#include "ui/shell/theme.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace mixscope {

ChartOverlay::ChartOverlay(QChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart) {
    m_font.setPointSizeF(m_font.pointSizeF() * 0.85);
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { update(); });
}

void ChartOverlay::setReferenceSeries(QAbstractSeries* series) {
    m_series = series;
    update();
}

void ChartOverlay::setZones(std::vector<Zone> zones) {
    m_zones = std::move(zones);
    update();
}

void ChartOverlay::setMarkers(std::vector<Marker> markers) {
    m_markers = std::move(markers);
    update();
}

void ChartOverlay::setPalette(const QPalette& palette) {
    m_palette = palette;
    update();
}

void ChartOverlay::setFont(const QFont& font) {
    m_font = font;
    update();
}

std::vector<ChartOverlay::Zone> ChartOverlay::frequencyZones(const std::vector<Finding>& findings,
                                                             int highlighted) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        if (finding.frequency) {
            zones.push_back({finding.frequency->lowHz, finding.frequency->highHz, finding.title,
                             static_cast<int>(i) == highlighted, QColor()});
        }
    }
    return zones;
}

std::vector<ChartOverlay::Zone> ChartOverlay::timeZones(const std::vector<Finding>& findings,
                                                        int highlighted) {
    std::vector<Zone> zones;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings[i];
        bool first = true;
        for (const TimeRange& range : finding.times) {
            zones.push_back({range.startS, range.endS, first ? finding.title : QString(),
                             static_cast<int>(i) == highlighted, QColor()});
            first = false;
        }
    }
    return zones;
}

QRectF ChartOverlay::boundingRect() const {
    return m_chart->rect();
}

double ChartOverlay::xPosition(double value) const {
    // A log axis has no place for 0 Hz (a DC offset's range starts there):
    // such a value sits at the plot's left edge.
    if (value <= 0.0) {
        const QList<QAbstractAxis*> axes = m_series->attachedAxes();
        for (const QAbstractAxis* axis : axes) {
            if (axis->orientation() == Qt::Horizontal &&
                axis->type() == QAbstractAxis::AxisTypeLogValue) {
                return m_chart->plotArea().left();
            }
        }
    }
    return m_chart->mapToPosition(QPointF(value, 0.0), m_series).x();
}

void ChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_series == nullptr || !m_series->isVisible()) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setClipRect(plot);
    QFont font = m_font;
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height() + 2.0;
    const QColor text = m_palette.color(QPalette::Text);

    // Labels go in rows from the top of the plot: each in the first row where
    // it clears the labels already there (at most the top 45 % of the plot).
    const int lanes = std::max(1, static_cast<int>(plot.height() * 0.45 / lineHeight));
    std::vector<double> laneEnds(static_cast<std::size_t>(lanes), -1e9);
    for (const Zone& zone : m_zones) {
        const double left = std::clamp(xPosition(zone.from), plot.left(), plot.right());
        const double right = std::clamp(xPosition(zone.to), plot.left(), plot.right());
        if (right - left < 0.5) {
            continue;
        }
        const QColor fill =
            zone.colour.isValid() ? zone.colour : Theme::zoneColor(zone.highlighted, m_palette);
        const QRectF area(left, plot.top(), right - left, plot.height());
        painter->fillRect(area, fill);
        if (zone.highlighted) {
            QColor edge = fill;
            edge.setAlphaF(1.0f);
            painter->setPen(QPen(edge, 1.5, Qt::DashLine));
            painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
            painter->drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()));
        }
        if (!zone.label.isEmpty()) {
            font.setBold(zone.highlighted);
            painter->setFont(font);
            painter->setPen(text);
            const QFontMetricsF labelMetrics(font);
            const double room = std::min(std::max(right - left - 4.0, 240.0), plot.width() - 6.0);
            const QString label = labelMetrics.elidedText(zone.label, Qt::ElideRight, room);
            const double width = labelMetrics.horizontalAdvance(label) + 1.0;
            // Near the right edge a label moves left rather than being cut.
            const double x =
                std::max(plot.left() + 3.0, std::min(left + 3.0, plot.right() - width - 3.0));
            std::size_t lane = 0;
            while (lane + 1 < laneEnds.size() && laneEnds[lane] > x - 6.0) {
                ++lane;
            }
            if (laneEnds[lane] > x - 6.0) {
                // Every row is taken here: the one that frees up first.
                lane = static_cast<std::size_t>(std::min_element(laneEnds.begin(), laneEnds.end()) -
                                                laneEnds.begin());
            }
            laneEnds[lane] = x + width;
            const double y = plot.top() + 2.0 + lineHeight * static_cast<double>(lane);
            // A backdrop keeps the label readable over the curves.
            QColor backdrop = m_palette.color(QPalette::Base);
            backdrop.setAlphaF(0.7f);
            painter->fillRect(QRectF(x - 2.0, y, width + 4.0, lineHeight), backdrop);
            painter->drawText(QRectF(x, y, width, lineHeight), Qt::AlignLeft | Qt::AlignTop, label);
        }
    }

    font.setBold(false);
    painter->setFont(font);
    for (const Marker& marker : m_markers) {
        const double x = xPosition(marker.x);
        if (x < plot.left() - 0.5 || x > plot.right() + 0.5) {
            continue;
        }
        QColor line = marker.colour;
        line.setAlphaF(0.7f);
        painter->setPen(QPen(line, 1.0, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (!marker.label.isEmpty()) {
            painter->setPen(marker.colour);
            const double y = plot.bottom() - lineHeight * (marker.lane + 1);
            painter->drawText(QRectF(x + 3.0, y, 120.0, lineHeight), Qt::AlignLeft | Qt::AlignTop,
                              marker.label);
        }
    }
    painter->restore();
}

} // namespace mixscope
