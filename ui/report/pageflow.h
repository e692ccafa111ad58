#pragma once

#include <QRectF>

#include <functional>
#include <vector>

class QPainter;

namespace mixscope {

/// Flows blocks of known height down pages, top to bottom, and paints them:
/// a block never straddles two pages; one that does not fit on what is left
/// of a page starts the next. Blocks marked keepWithNext (headings, the first
/// line of a finding) move with the block after them. Units are whatever the
/// caller paints in (the feedback sheet uses points). A plain value.
class PageFlow {
public:
    struct Block {
        double height = 0.0;      ///< at the flow's width
        double spaceBefore = 0.0; ///< gap above the block; dropped at the top of a page
        bool keepWithNext = false;
        /// Paints the block into rect (the flow's width, height tall).
        std::function<void(QPainter& painter, const QRectF& rect)> paint;
    };

    /// Where a block went: its page (0-based) and its rectangle on that page.
    struct Placement {
        std::size_t block = 0;
        int page = 0;
        QRectF rect;
    };

    /// pageArea: where blocks go on every page (inside the margins and page furniture).
    explicit PageFlow(const QRectF& pageArea);

    void add(Block block);
    const std::vector<Block>& blocks() const { return m_blocks; }

    /// Places every block and returns the page count (at least 1). A block
    /// taller than the page area gets a page of its own and is cut at its foot.
    int paginate();
    const std::vector<Placement>& placements() const { return m_placements; }
    int pageCount() const { return m_pageCount; }

    /// Paints the blocks placed on page (after paginate()).
    void paintPage(QPainter& painter, int page) const;

private:
    /// Height of the run of blocks from first that must stay together.
    double keptHeight(std::size_t first) const;

    QRectF m_area;
    std::vector<Block> m_blocks;
    std::vector<Placement> m_placements;
    int m_pageCount = 0;
};

} // namespace mixscope
