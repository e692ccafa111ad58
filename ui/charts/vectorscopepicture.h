#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

class QPainter;
class QPalette;
class QRectF;

namespace mixscope {

struct StereoResult;

/// A goniometer picture of one track, for the Stereo view and the PDF sheet:
/// StereoResult::vectorscopeDensity (kVectorscopeSize², row 0 at mid -1 drawn
/// at the bottom, side +1 on the left, so that left-only content leans up and
/// left as on a hardware goniometer) as a density plot in the
/// track's colour, under a title and over a caption, with the mono axis
/// (vertical), the L and R diagonals and the out-of-phase axis. A plain
/// value; painting is GUI thread only.
class VectorscopePicture {
    Q_DECLARE_TR_FUNCTIONS(mixscope::VectorscopePicture)

public:
    /// How the density is drawn: a smoothly scaled image (the screen) or one
    /// filled vector rectangle per run of equal cells (print: sharp at any zoom).
    enum class Density { Image, Cells };

    /// density: kVectorscopeSize² cells normalised to a maximum of 1 (empty: no picture).
    void setData(const std::vector<float>& density, const QString& title, const QColor& colour,
                 const QString& caption);

    const QString& title() const { return m_title; }
    const QString& caption() const { return m_caption; }
    bool hasDensity() const { return !m_density.empty(); }

    /// Paints into area (title on top, square scope, caption under it) with
    /// painter's font, palette's Base and Text colours.
    void paint(QPainter& painter, const QRectF& area, const QPalette& palette,
               Density density) const;

    /// "correlation +0.52 · low end +0.98": the caption under a track's scope.
    static QString captionFor(const StereoResult& stereo);

    /// Height paint() needs at width with painter's font of the given line height.
    static double heightForWidth(double width, double lineHeight) {
        return width + 2.0 * lineHeight + 6.0;
    }

private:
    void paintCells(QPainter& painter, const QRectF& square) const;
    static double cellAlpha(float density);

    std::vector<float> m_density;
    QImage m_image;
    QString m_title;
    QString m_caption;
    QColor m_colour;
};

} // namespace mixscope
