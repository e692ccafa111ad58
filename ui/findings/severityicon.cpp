#include "ui/findings/severityicon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace mixscope {

namespace {

class SeverityIconEngine final : public QIconEngine {
public:
    explicit SeverityIconEngine(FindingSeverity severity)
        : m_severity(severity) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const double side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        QPainterPath shape;
        QColor fill;
        switch (m_severity) {
        case FindingSeverity::Problem: {
            fill = QColor(0xd6, 0x33, 0x33);
            const QPointF c = box.center();
            const double r = side * 0.48;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * std::numbers::pi / 180.0;
                const QPointF p(c.x() + r * std::cos(a), c.y() + r * std::sin(a));
                i == 0 ? shape.moveTo(p) : shape.lineTo(p);
            }
            shape.closeSubpath();
            break;
        }
        case FindingSeverity::Warning:
            fill = QColor(0xf0, 0x9a, 0x0c);
            shape.moveTo(box.center().x(), box.top() + side * 0.04);
            shape.lineTo(box.right() - side * 0.02, box.bottom() - side * 0.06);
            shape.lineTo(box.left() + side * 0.02, box.bottom() - side * 0.06);
            shape.closeSubpath();
            break;
        case FindingSeverity::Info:
            fill = QColor(0x22, 0x8b, 0xe6);
            shape.addEllipse(box.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04));
            break;
        }
        if (mode == QIcon::Disabled) {
            const int grey = qGray(fill.rgb());
            fill = QColor(grey, grey, grey);
        }
        painter->setPen(QPen(QColor(0, 0, 0, 110), std::max(1.0, side / 24.0)));
        painter->setBrush(fill);
        painter->drawPath(shape);

        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(std::max(6, static_cast<int>(side * 0.62)));
        painter->setFont(font);
        painter->setPen(Qt::white);
        QRectF glyph = box;
        if (m_severity == FindingSeverity::Warning) {
            glyph.adjust(0, side * 0.16, 0, 0);
        }
        painter->drawText(glyph, Qt::AlignCenter,
                          m_severity == FindingSeverity::Info ? QStringLiteral("i")
                                                              : QStringLiteral("!"));
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        pixmap.setDevicePixelRatio(scale);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new SeverityIconEngine(m_severity); }

private:
    FindingSeverity m_severity;
};

} // namespace

QIcon SeverityIcon::icon(FindingSeverity severity) {
    return QIcon(new SeverityIconEngine(severity));
}

} // namespace mixscope
