#pragma once

#include "ui/charts/vectorscopepicture.h"

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

    QSize sizeHint() const override { return {220, 260}; }
    /// The square shrinks to 120 px; the title and caption lines always fit.
    QSize minimumSizeHint() const override { return {140, 120 + 2 * fontMetrics().height() + 6}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    VectorscopePicture m_picture;
};

} // namespace mixscope
