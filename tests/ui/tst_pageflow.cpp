#include "ui/report/pageflow.h"

#include <QTest>

using namespace mixscope;

namespace {

PageFlow::Block block(double height, double spaceBefore = 0.0, bool keepWithNext = false) {
    PageFlow::Block b;
    b.height = height;
    b.spaceBefore = spaceBefore;
    b.keepWithNext = keepWithNext;
    return b;
}

} // namespace

class PageFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blocksStackDownThePageWithTheirSpacing() {
        PageFlow flow(QRectF(10.0, 20.0, 100.0, 100.0));
        flow.add(block(30.0, 5.0));
        flow.add(block(30.0, 5.0));
        QCOMPARE(flow.paginate(), 1);
        // The space before the first block of a page is dropped.
        QCOMPARE(flow.placements()[0].rect, QRectF(10.0, 20.0, 100.0, 30.0));
        QCOMPARE(flow.placements()[1].rect, QRectF(10.0, 55.0, 100.0, 30.0));
    }

    void aBlockThatDoesNotFitStartsTheNextPage() {
        PageFlow flow(QRectF(0.0, 0.0, 100.0, 100.0));
        flow.add(block(60.0));
        flow.add(block(50.0, 10.0));
        QCOMPARE(flow.paginate(), 2);
        QCOMPARE(flow.placements()[1].page, 1);
        QCOMPARE(flow.placements()[1].rect.top(), 0.0);
    }

    void aHeadingMovesWithTheBlockAfterIt() {
        PageFlow flow(QRectF(0.0, 0.0, 100.0, 100.0));
        flow.add(block(60.0));
        flow.add(block(10.0, 0.0, true)); // would fit, but its text would not
        flow.add(block(40.0));
        QCOMPARE(flow.paginate(), 2);
        QCOMPARE(flow.placements()[1].page, 1);
        QCOMPARE(flow.placements()[2].page, 1);
        QCOMPARE(flow.placements()[2].rect.top(), 10.0);
    }

    void aBlockTallerThanAPageGetsOneOfItsOwn() {
        PageFlow flow(QRectF(0.0, 0.0, 100.0, 100.0));
        flow.add(block(20.0));
        flow.add(block(250.0));
        flow.add(block(20.0));
        QCOMPARE(flow.paginate(), 3);
        QCOMPARE(flow.placements()[1].page, 1);
        QCOMPARE(flow.placements()[1].rect.height(), 100.0);
        QCOMPARE(flow.placements()[2].page, 2);
    }

    void anEmptyFlowIsOnePage() {
        PageFlow flow(QRectF(0.0, 0.0, 100.0, 100.0));
        QCOMPARE(flow.paginate(), 1);
        QVERIFY(flow.placements().empty());
    }
};

QTEST_GUILESS_MAIN(PageFlowTest)
#include "tst_pageflow.moc"
