#pragma once

#include <QStyledItemDelegate>

namespace mixscope {

/// Paints the status column of the track list: a progress bar and a small
/// cancel button while a file is being analysed, the model's text (ready,
/// cancelled, or the error) otherwise. A click on the cancel button emits
/// cancelRequested(index).
class TrackStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    /// Where the cancel button of a cell at rect is drawn.
    static QRect cancelButtonRect(const QRect& rect);

Q_SIGNALS:
    void cancelRequested(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace mixscope
