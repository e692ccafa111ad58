#include "ui/vectorscopewidget.h"

#include "core/analysis/stereoresult.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace mixscope {

VectorscopeWidget::VectorscopeWidget(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void VectorscopeWidget::setData(const std::vector<float>& density, const QString& title,
                                const QColor& colour, const QString& caption) {
    m_title = title;
    m_caption = caption;
    m_colour = colour;
    setAccessibleName(tr("Vectorscope of %1").arg(title));
    setAccessibleDescription(caption);
    setToolTip(tr("%1\nVertical: mono (L + R). Diagonals: left and right only. "
                  "Spread sideways: width; along the horizontal: out of phase.")
                   .arg(caption));
    constexpr int n = StereoResult::kVectorscopeSize;
    m_image = QImage();
    if (density.size() == static_cast<std::size_t>(n * n)) {
        m_image = QImage(n, n, QImage::Format_ARGB32_Premultiplied);
        for (int row = 0; row < n; ++row) {
            for (int column = 0; column < n; ++column) {
                const float d = density[static_cast<std::size_t>(row * n + column)];
                // A gamma lifts the sparse edges that say most about width.
                const double alpha =
                    d > 0.0f ? std::clamp(0.12 + std::pow(d, 0.35), 0.0, 1.0) : 0.0;
                QColor c = colour;
                c.setAlphaF(static_cast<float>(alpha));
                // Drawn as goniometers are read: left-only content leans to
                // the upper left (S > 0 on the left), right-only to the upper right.
                m_image.setPixelColor(n - 1 - column, n - 1 - row, c);
            }
        }
    }
    update();
}

void VectorscopeWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int textHeight = fontMetrics().height();
    const int side = std::max(10, std::min(width(), height() - 2 * textHeight - 6));
    const QRect square((width() - side) / 2, textHeight + 3, side, side);

    painter.setPen(m_colour.isValid() ? m_colour : pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(0, 0, width(), textHeight), Qt::AlignCenter,
                     fontMetrics().elidedText(m_title, Qt::ElideRight, width()));
    painter.setFont(font());

    painter.fillRect(square, pal.color(QPalette::Base));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.25f);
    painter.setPen(QPen(grid, 1.0));
    painter.drawRect(square.adjusted(0, 0, -1, -1));
    const QPointF c = QRectF(square).center();
    painter.drawLine(QPointF(c.x(), square.top()), QPointF(c.x(), square.bottom()));
    painter.setPen(QPen(grid, 1.0, Qt::DotLine));
    painter.drawLine(square.topLeft(), square.bottomRight());
    painter.drawLine(square.topRight(), square.bottomLeft());
    painter.drawLine(QPointF(square.left(), c.y()), QPointF(square.right(), c.y()));

    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(square, m_image);
    } else {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(square, Qt::AlignCenter, tr("no data"));
    }

    QColor label = pal.color(QPalette::Text);
    label.setAlphaF(0.7f);
    painter.setPen(label);
    const int pad = 4;
    // Left-only content lies on M = S (up and left), right-only on M = -S (up and right).
    painter.drawText(square.adjusted(pad, pad, -pad, -pad), Qt::AlignTop | Qt::AlignLeft, tr("L"));
    painter.drawText(square.adjusted(pad, pad, -pad, -pad), Qt::AlignTop | Qt::AlignRight, tr("R"));
    painter.drawText(QRect(static_cast<int>(c.x()) + 3, square.top() + pad, 20, textHeight),
                     Qt::AlignLeft, tr("M"));

    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(0, square.bottom() + 3, width(), textHeight), Qt::AlignCenter,
                     fontMetrics().elidedText(m_caption, Qt::ElideRight, width()));
}

} // namespace mixscope
