#pragma once

#include "ui/vectorscopepicture.h"

#include <QWidget>

#include <vector>

namespace mixscope {

/// A VectorscopePicture of one track as a small widget (Qt Charts has no
/// density plot). GUI thread only.
class VectorscopeWidget : public QWidget {
    Q_OBJECT

public:
    explicit VectorscopeWidget(QWidget* parent = nullptr);

    /// density: kVectorscopeSize² cells normalised to a maximum of 1 (empty: no picture).
    void setData(const std::vector<float>& density, const QString& title, const QColor& colour,
                 const QString& caption);

    QSize sizeHint() const override { return {190, 230}; }
    QSize minimumSizeHint() const override { return {120, 150}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width + 40; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    VectorscopePicture m_picture;
};

} // namespace mixscope
