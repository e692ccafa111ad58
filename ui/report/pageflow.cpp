#include "ui/report/pageflow.h"

#include <QPainter>

namespace mixscope {

PageFlow::PageFlow(const QRectF& pageArea)
    : m_area(pageArea) {}

void PageFlow::add(Block block) {
    m_blocks.push_back(std::move(block));
}

double PageFlow::keptHeight(std::size_t first) const {
    double height = m_blocks[first].height;
    for (std::size_t i = first; i + 1 < m_blocks.size() && m_blocks[i].keepWithNext; ++i) {
        const Block& next = m_blocks[i + 1];
        height += next.spaceBefore + next.height;
    }
    return height;
}

int PageFlow::paginate() {
    m_placements.clear();
    int page = 0;
    double y = m_area.top();
    bool pageEmpty = true;
    for (std::size_t i = 0; i < m_blocks.size(); ++i) {
        const Block& block = m_blocks[i];
        double top = pageEmpty ? y : y + block.spaceBefore;
        // What must stay together, unless it could never fit on one page anyway.
        const double together = std::min(keptHeight(i), m_area.height());
        if (!pageEmpty && top + together > m_area.bottom()) {
            ++page;
            y = m_area.top();
            top = y;
        }
        m_placements.push_back({i, page,
                                QRectF(m_area.left(), top, m_area.width(),
                                       std::min(block.height, m_area.bottom() - top))});
        y = top + block.height;
        pageEmpty = false;
    }
    m_pageCount = page + 1;
    return m_pageCount;
}

void PageFlow::paintPage(QPainter& painter, int page) const {
    for (const Placement& placement : m_placements) {
        if (placement.page != page) {
            continue;
        }
        const Block& block = m_blocks[placement.block];
        if (!block.paint) {
            continue;
        }
        painter.save();
        if (block.height > placement.rect.height()) {
            painter.setClipRect(placement.rect);
        }
        block.paint(painter,
                    QRectF(placement.rect.topLeft(), QSizeF(m_area.width(), block.height)));
        painter.restore();
    }
}

} // namespace mixscope
