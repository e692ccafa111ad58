#include "ui/report/sheetstyle.h"

#include "ui/shell/theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace mixscope {

namespace {

// Encoded cover art as an image small enough to embed: a few hundred pixels
// are plenty for a thumbnail, and a 3000-pixel scan would bloat the PDF.
QImage coverImage(const TrackAnalysis& analysis) {
    if (analysis.tags.coverArt.isEmpty()) {
        return {};
    }
    QImage image = QImage::fromData(analysis.tags.coverArt);
    if (image.width() > 400 || image.height() > 400) {
        image = image.scaled(400, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace

QFont SheetStyle::font(double points, bool bold) const {
    QFont f;
    // DejaVu Sans comes with Mixscope's packages and covers Latin, Greek and
    // Cyrillic; fontconfig supplies the rest (CJK, …) glyph by glyph.
    f.setFamilies({QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Unhinted glyph advances: hinting rounds them to whole device units,
    // and a device unit here is a whole point.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: the PDF's text layer would hold "ﬁ" for "fi", and a
    // search for "findings" would not find it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double SheetStyle::textHeight(const QFont& font, double width, const QString& text,
                              int flags) const {
    if (text.isEmpty()) {
        return 0.0;
    }
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0.0, 0.0, width, 1e6), flags, text).height();
}

void SheetStyle::drawText(QPainter& painter, const QRectF& rect, const QFont& font,
                          const QColor& colour, const QString& text, int flags) {
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(rect, flags, text);
}

QColor SheetStyle::severityColour(FindingSeverity severity) {
    switch (severity) {
    case FindingSeverity::Problem:
        return QColor(0xc9, 0x2a, 0x2a);
    case FindingSeverity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case FindingSeverity::Info:
        return QColor(0x1c, 0x7e, 0xd6);
    }
    return muted();
}

QPalette SheetStyle::printPalette() {
    QPalette palette;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, Qt::white);
    }
    palette.setColor(QPalette::AlternateBase, tint());
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText}) {
        palette.setColor(role, ink());
    }
    palette.setColor(QPalette::PlaceholderText, muted());
    return palette;
}

PageFlow::Block SheetStyle::heading(const QString& text, double width) const {
    const QFont headingFont = font(12.5, true);
    PageFlow::Block block;
    block.spaceBefore = 22.0;
    block.keepWithNext = true;
    block.height = textHeight(headingFont, width, text) + 9.0;
    block.paint = [=](QPainter& painter, const QRectF& r) {
        drawText(painter, r, headingFont, ink(), text);
        painter.setPen(QPen(ink(), 0.9));
        painter.drawLine(QPointF(r.left(), r.bottom() - 3.5), QPointF(r.right(), r.bottom() - 3.5));
    };
    return block;
}

PageFlow::Block SheetStyle::caption(const QString& text, double width) const {
    QFont captionFont = font(7.5);
    captionFont.setItalic(true);
    PageFlow::Block block;
    block.spaceBefore = 4.0;
    block.height = textHeight(captionFont, width, text);
    block.paint = [=](QPainter& painter, const QRectF& r) {
        drawText(painter, r, captionFont, muted(), text);
    };
    return block;
}

std::vector<SheetTrack> SheetTrack::of(const SessionSnapshot& snapshot) {
    std::vector<SheetTrack> sheetTracks;
    const QPalette palette = SheetStyle::printPalette();
    const std::vector<ComparedTrack> tracks = snapshot.tracks();
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const bool isMix = snapshot.mix && k == 0;
        const int colourIndex = snapshot.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        sheetTracks.push_back({tracks[k], Theme::trackColor(colourIndex, palette),
                               coverImage(*tracks[k].analysis), isMix});
    }
    return sheetTracks;
}

} // namespace mixscope
