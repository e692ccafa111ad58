#include "ui/tracks/trackstatusdelegate.h"

#include "ui/tracks/tracklistmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace mixscope {

namespace {

bool isAnalysing(const QModelIndex& index) {
    return static_cast<Session::State>(index.data(TrackListModel::StateRole).toInt()) ==
           Session::State::Analysing;
}

} // namespace

QRect TrackStatusDelegate::cancelButtonRect(const QRect& rect) {
    const int side = std::min(22, rect.height() - 8);
    return {rect.right() - side - 4, rect.center().y() - side / 2, side, side};
}

void TrackStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    if (!isAnalysing(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QRect button = cancelButtonRect(option.rect);
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(4, 4, -(option.rect.right() - button.left() + 6), -4);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = index.data(TrackListModel::ProgressRole).toInt();
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.state = option.state | QStyle::State_Horizontal;
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool hover = (option.state & QStyle::State_MouseOver) != 0 && widget != nullptr &&
                       button.contains(widget->mapFromGlobal(QCursor::pos()));
    QColor ring = option.palette.color(QPalette::Text);
    ring.setAlphaF(hover ? 0.9f : 0.55f);
    painter->setPen(QPen(ring, 1.5));
    painter->setBrush(hover ? option.palette.color(QPalette::Button) : QColor(Qt::transparent));
    painter->drawEllipse(QRectF(button).adjusted(1, 1, -1, -1));
    const QRectF cross = QRectF(button).adjusted(button.width() * 0.32, button.height() * 0.32,
                                                 -button.width() * 0.32, -button.height() * 0.32);
    painter->drawLine(cross.topLeft(), cross.bottomRight());
    painter->drawLine(cross.topRight(), cross.bottomLeft());
    painter->restore();
}

bool TrackStatusDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                      const QStyleOptionViewItem& option,
                                      const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease && isAnalysing(index)) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton &&
            cancelButtonRect(option.rect).contains(mouse->position().toPoint())) {
            Q_EMIT cancelRequested(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace mixscope
