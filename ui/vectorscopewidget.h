#pragma once

#include <QColor>
#include <QWidget>

#include <vector>

namespace mixscope {

/// A goniometer picture of one track: StereoResult::vectorscopeDensity (64 x
/// 64, row 0 at mid -1 drawn at the bottom, side +1 on the left, so that
/// left-only content leans up and left as on a hardware goniometer) as a
/// density plot in the track's colour, with the mono axis (vertical), the
/// L and R diagonals and the track's correlation under it. The picture is the
/// largest square its height allows, centred. Qt Charts has no
/// density plot, hence a small painted widget. GUI thread only.
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
    QImage m_image;
    QString m_title;
    QString m_caption;
    QColor m_colour;
};

} // namespace mixscope
