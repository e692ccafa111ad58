#include "ui/charts/vectorscopepicture.h"

#include "core/analysis/stereoresult.h"
#include "core/common/units.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <QLocale>
#include <algorithm>
#include <array>
#include <cmath>

namespace mixscope {

namespace {

constexpr int kSize = StereoResult::kVectorscopeSize;
// Print shades: enough steps that the gradient reads as smooth on paper.
constexpr int kShades = 24;

QString signedNumber(std::optional<double> value) {
    return value ? Units::signedNumber(*value, 2) : QStringLiteral("—");
}

} // namespace

QString VectorscopePicture::captionFor(const StereoResult& stereo) {
    return tr("correlation %1 · low end %2")
        .arg(signedNumber(stereo.correlation), signedNumber(stereo.lowEndCorrelation));
}

double VectorscopePicture::cellAlpha(float density) {
    // A gamma lifts the sparse edges that say most about width.
    return density > 0.0f ? std::clamp(0.12 + std::pow(density, 0.35), 0.0, 1.0) : 0.0;
}

void VectorscopePicture::setData(const std::vector<float>& density, const QString& title,
                                 const QColor& colour, const QString& caption) {
    m_title = title;
    m_caption = caption;
    m_colour = colour;
    m_image = QImage();
    m_density.clear();
    if (density.size() != static_cast<std::size_t>(kSize * kSize)) {
        return;
    }
    m_density = density;
    m_image = QImage(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < kSize; ++row) {
        for (int column = 0; column < kSize; ++column) {
            QColor c = colour;
            c.setAlphaF(static_cast<float>(
                cellAlpha(density[static_cast<std::size_t>(row * kSize + column)])));
            // Drawn as goniometers are read: left-only content (S > 0) leans
            // to the upper left, right-only to the upper right.
            m_image.setPixelColor(kSize - 1 - column, kSize - 1 - row, c);
        }
    }
}

void VectorscopePicture::paintCells(QPainter& painter, const QRectF& square) const {
    // One path per shade, one rectangle per run of equal cells in a row: a
    // few hundred vector shapes instead of 4096.
    std::array<QPainterPath, kShades> paths;
    const double cell = square.width() / kSize;
    for (int row = 0; row < kSize; ++row) {
        const double y = square.bottom() - (row + 1) * cell;
        int column = 0;
        while (column < kSize) {
            const double alpha =
                cellAlpha(m_density[static_cast<std::size_t>(row * kSize + column)]);
            const int shade = static_cast<int>(std::lround(alpha * (kShades - 1)));
            int end = column + 1;
            while (end < kSize &&
                   static_cast<int>(std::lround(
                       cellAlpha(m_density[static_cast<std::size_t>(row * kSize + end)]) *
                       (kShades - 1))) == shade) {
                ++end;
            }
            if (shade > 0) {
                // Mirrored as in setData(): side +1 on the left.
                paths[static_cast<std::size_t>(shade)].addRect(
                    QRectF(square.right() - end * cell, y, (end - column) * cell, cell));
            }
            column = end;
        }
    }
    painter.setPen(Qt::NoPen);
    for (int shade = 1; shade < kShades; ++shade) {
        if (paths[static_cast<std::size_t>(shade)].isEmpty()) {
            continue;
        }
        QColor fill = m_colour;
        fill.setAlphaF(static_cast<float>(shade) / (kShades - 1));
        painter.fillPath(paths[static_cast<std::size_t>(shade)], fill);
    }
}

void VectorscopePicture::paint(QPainter& painter, const QRectF& area, const QPalette& pal,
                               Density density) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double textHeight = metrics.height();
    const double side =
        std::max(10.0, std::min(area.width(), area.height() - 2.0 * textHeight - 6.0));
    const QRectF square(area.left() + (area.width() - side) / 2.0, area.top() + textHeight + 3.0,
                        side, side);

    painter.setPen(m_colour.isValid() ? m_colour : pal.color(QPalette::Text));
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont regular = painter.font();
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter.device());
    painter.drawText(QRectF(area.left(), area.top(), area.width(), textHeight), Qt::AlignCenter,
                     boldMetrics.elidedText(m_title, Qt::ElideRight, area.width()));
    painter.setFont(regular);

    painter.fillRect(square, pal.color(QPalette::Base));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.25f);
    painter.setPen(QPen(grid, 1.0));
    const QPointF c = square.center();
    painter.drawLine(QPointF(c.x(), square.top()), QPointF(c.x(), square.bottom()));
    painter.setPen(QPen(grid, 1.0, Qt::DotLine));
    painter.drawLine(square.topLeft(), square.bottomRight());
    painter.drawLine(square.topRight(), square.bottomLeft());
    painter.drawLine(QPointF(square.left(), c.y()), QPointF(square.right(), c.y()));

    if (!m_density.empty()) {
        if (density == Density::Cells) {
            paintCells(painter, square);
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(square, m_image);
        }
    } else {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(square, Qt::AlignCenter, tr("no data"));
    }
    painter.setPen(QPen(grid, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(square);

    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.7f);
    painter.setPen(label);
    const double pad = std::max(2.0, textHeight * 0.25);
    const QRectF inner = square.adjusted(pad, pad, -pad, -pad);
    // Left-only content lies on M = S (up and left), right-only on M = -S (up and right).
    painter.drawText(inner, Qt::AlignTop | Qt::AlignLeft, tr("L"));
    painter.drawText(inner, Qt::AlignTop | Qt::AlignRight, tr("R"));
    painter.drawText(QRectF(c.x() + pad, inner.top(), textHeight * 2.0, textHeight),
                     Qt::AlignLeft | Qt::AlignTop, tr("M"));

    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRectF(area.left(), square.bottom() + 3.0, area.width(), textHeight),
                     Qt::AlignCenter, metrics.elidedText(m_caption, Qt::ElideRight, area.width()));
    painter.restore();
}

} // namespace mixscope
