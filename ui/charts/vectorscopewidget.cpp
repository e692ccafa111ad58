#include "ui/charts/vectorscopewidget.h"

#include <QPainter>

namespace mixscope {

VectorscopeWidget::VectorscopeWidget(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void VectorscopeWidget::setData(const std::vector<float>& density, const QString& title,
                                const QColor& colour, const QString& caption) {
    m_picture.setData(density, title, colour, caption);
    setAccessibleName(tr("Vectorscope of %1").arg(title));
    setAccessibleDescription(caption);
    setToolTip(tr("%1\nVertical: mono (L + R). Diagonals: left and right only. "
                  "Spread sideways: width; along the horizontal: out of phase.")
                   .arg(caption));
    update();
}

void VectorscopeWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setFont(font());
    m_picture.paint(painter, QRectF(rect()), palette(), VectorscopePicture::Density::Image);
}

} // namespace mixscope
