#include "ui/chartoverlay.h"

#include "ui/theme.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace mixscope {

ChartOverlay::ChartOverlay(QChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart) {
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

QRectF ChartOverlay::boundingRect() const {
    return m_chart->rect();
}

double ChartOverlay::xPosition(double value) const {
    return m_chart->mapToPosition(QPointF(value, 0.0), m_series).x();
}

void ChartOverlay::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_series == nullptr || !m_series->isVisible()) {
        return;
    }
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setClipRect(plot);
    QFont font = painter->font();
    font.setPointSizeF(QFont().pointSizeF() * 0.85);
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height() + 2.0;
    const QColor text = m_palette.color(QPalette::Text);

    int lane = 0;
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
            // The label starts at its zone and may run past it, but stays
            // inside the plot: near the right edge it moves left to fit.
            const double y = plot.top() + 2.0 + lineHeight * (lane % 3);
            const QFontMetricsF labelMetrics(font); // bold when highlighted
            const QString label =
                labelMetrics.elidedText(zone.label, Qt::ElideRight, plot.width() - 8.0);
            const double width = labelMetrics.horizontalAdvance(label) + 5.0;
            const double x =
                std::max(plot.left() + 1.0, std::min(left + 1.0, plot.right() - width));
            const QRectF labelRect(x, y, width, lineHeight);
            QColor backdrop = m_palette.color(QPalette::Base);
            backdrop.setAlphaF(0.7f);
            painter->fillRect(labelRect, backdrop);
            painter->drawText(labelRect.adjusted(2.0, 0.0, 0.0, 0.0), Qt::AlignLeft | Qt::AlignTop,
                              label);
            ++lane;
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
