#pragma once

#include <QStyledItemDelegate>

namespace mixscope {

/// Paints the status column of the track list: a progress bar while a file
/// is being analysed, the model's text (ready, or the error) otherwise.
class TrackStatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace mixscope
