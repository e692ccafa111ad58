#include "ui/report/sheetcharts.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/dynamicscharts.h"
#include "ui/charts/spectrumcharts.h"
#include "ui/charts/stereocharts.h"
#include "ui/charts/vectorscopepicture.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QPainter>

#include <cmath>
#include <memory>

namespace mixscope {

SheetCharts::SheetCharts(const SheetStyle& style, double width)
    : m_style(style)
    , m_width(width) {}

void SheetCharts::addChart(PageFlow& flow, QChart* chart, double heightPt, const QString& caption) {
    const QRectF source(0.0, m_nextSceneY, m_width * SheetStyle::kSceneScale,
                        heightPt * SheetStyle::kSceneScale);
    // Far apart, so that no chart's items reach into another's source rectangle.
    m_nextSceneY += source.height() + 10000.0;
    chart->setGeometry(source);
    // Laying out may change it again (fewer ticks for a small plot, shorter
    // legend labels), and nothing turns the event loop before it is painted.
    for (int pass = 0; pass < 4 && !chart->layout()->isActivated(); ++pass) {
        chart->layout()->activate();
    }
    chart->layout()->invalidate();
    chart->layout()->activate();

    PageFlow::Block block;
    block.spaceBefore = 12.0;
    block.height = heightPt;
    block.keepWithNext = !caption.isEmpty();
    block.paint = [this, source](QPainter& painter, const QRectF& r) {
        // render() paints every item whose bounding rectangle meets source,
        // unclipped: a curve running far below its chart's axis would
        // otherwise show up, shifted, over this block's neighbours.
        painter.setClipRect(r, Qt::IntersectClip);
        m_scene.render(&painter, r, source, Qt::IgnoreAspectRatio);
    };
    flow.add(std::move(block));
    if (!caption.isEmpty()) {
        flow.add(m_style.caption(caption, m_width));
    }
}

void SheetCharts::add(PageFlow& flow, const SessionSnapshot& snapshot,
                      const std::vector<SheetTrack>& tracks) {
    ChartStyle style;
    style.palette = SheetStyle::printPalette();
    style.font = m_style.font(8.5);
    style.font.setPixelSize(static_cast<int>(8.5 * SheetStyle::kSceneScale));
    style.lineWidthScale = 0.6;

    // The findings as the sheet numbers them, so that zones and list agree.
    SessionSnapshot numbered = snapshot;
    for (std::size_t i = 0; i < numbered.findings.size(); ++i) {
        numbered.findings[i].title = tr("%1. %2").arg(i + 1).arg(numbered.findings[i].title);
    }

    // The builders' charts belong to the scene from here on.
    SpectrumCharts spectrum;
    StereoCharts stereo;
    DynamicsCharts dynamics;
    for (QChart* chart : {spectrum.levelChart(), spectrum.differenceChart(), stereo.widthChart(),
                          stereo.correlationChart(), dynamics.loudnessChart(), dynamics.barChart(),
                          dynamics.histogramChart()}) {
        m_scene.addItem(chart);
        // Far from the placed ones until placed, so that none shows through another.
        chart->setGeometry(QRectF(-1e6, -1e6, 400.0, 300.0));
    }
    spectrum.build(numbered, style, SpectrumCharts::Resolution::ThirdOctave, -1);
    stereo.build(numbered, style, -1);
    dynamics.build(numbered, style, true, -1);

    flow.add(m_style.heading(tr("Charts"), m_width));
    addChart(flow, spectrum.levelChart(), std::round(m_width * 0.46),
             tr("1/3-octave spectra. Each reference is turned up or down by its match gain, so "
                "every curve is heard at the mix's loudness. Shaded: the findings' frequency "
                "ranges, numbered as above."));
    addChart(flow, spectrum.differenceChart(), std::round(m_width * 0.26),
             tr("Above 0 the mix has more energy in that band than the references, below 0 "
                "less."));
    addChart(flow, stereo.widthChart(), std::round(m_width * 0.3),
             tr("How much stereo difference (side) each band carries against its centre (mid). "
                "Below 150 Hz bass should stay close to mono."));
    addChart(flow, dynamics.loudnessChart(), std::round(m_width * 0.34),
             tr("Short-term loudness (3-second windows), references matched to the mix; dashed "
                "lines mark where the sections begin. Shaded: where the findings are."));
    addVectorscopes(flow, tracks);
}

void SheetCharts::addVectorscopes(PageFlow& flow, const std::vector<SheetTrack>& tracks) {
    if (tracks.empty()) {
        return;
    }
    const QFont scopeFont = m_style.font(7.5);
    const double lineHeight = QFontMetricsF(scopeFont, m_style.device()).height();
    constexpr int perRow = 3;
    constexpr double gap = 14.0;
    const double width = (m_width - gap * (perRow - 1)) / perRow;
    // The scope itself no bigger than this: the picture needs no more.
    const double height = VectorscopePicture::heightForWidth(std::min(width, 124.0), lineHeight);
    const QPalette palette = SheetStyle::printPalette();

    auto pictures = std::make_shared<std::vector<VectorscopePicture>>();
    for (const SheetTrack& track : tracks) {
        VectorscopePicture picture;
        picture.setData(track.compared.analysis->stereo.vectorscopeDensity,
                        track.isMix ? tr("Mix: %1").arg(track.compared.name) : track.compared.name,
                        track.colour,
                        VectorscopePicture::captionFor(track.compared.analysis->stereo));
        pictures->push_back(std::move(picture));
    }
    const auto count = pictures->size();
    for (std::size_t first = 0; first < count; first += perRow) {
        PageFlow::Block block;
        block.spaceBefore = first == 0 ? 16.0 : 10.0;
        block.height = height;
        const bool lastRow = first + perRow >= count;
        block.keepWithNext = lastRow;
        block.paint = [=](QPainter& painter, const QRectF& r) {
            painter.setFont(scopeFont);
            for (std::size_t k = first; k < std::min(count, first + perRow); ++k) {
                const double x = r.left() + static_cast<double>(k - first) * (width + gap);
                (*pictures)[k].paint(painter, QRectF(x, r.top(), width, height), palette,
                                     VectorscopePicture::Density::Cells);
            }
        };
        flow.add(std::move(block));
    }
    flow.add(m_style.caption(tr("Vectorscopes: every sample pair as a dot. Vertical is mono, the "
                                "diagonals are left or right only, a wide cloud is a wide mix, and "
                                "spread along the horizontal means content that cancels in mono."),
                             m_width));
}

} // namespace mixscope
