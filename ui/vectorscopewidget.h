#pragma once

#include <QColor>
#include <QWidget>

#include <vector>

namespace mixscope {

/// A goniometer picture of one track: StereoResult::vectorscopeDensity (64 x
/// 64, row 0 at mid -1 drawn at the bottom, column 0 at side -1 on the left)
/// as a density plot in the track's colour, with the mono axis (vertical), the
/// L and R diagonals and the track's correlation under it. Qt Charts has no
/// density plot, hence a small painted widget. GUI thread only.
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
    QImage m_image;
    QString m_title;
    QString m_caption;
    QColor m_colour;
};

} // namespace mixscope
