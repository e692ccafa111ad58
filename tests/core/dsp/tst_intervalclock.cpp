#include "core/dsp/intervalclock.h"

#include <QTest>

using namespace mixscope;

class IntervalClockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fractionalIntervalsDoNotDrift_data() {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("intervalS");
        QTest::addColumn<int>("shortest");
        QTest::addColumn<int>("longest");
        QTest::newRow("5 ms at 44.1 kHz") << 44100 << 0.005 << 220 << 221;
        QTest::newRow("100 ms at 11.025 kHz") << 11025 << 0.1 << 1102 << 1103;
        QTest::newRow("100 ms at 48 kHz") << 48000 << 0.1 << 4800 << 4800;
    }

    void fractionalIntervalsDoNotDrift() {
        QFETCH(int, rate);
        QFETCH(double, intervalS);
        QFETCH(int, shortest);
        QFETCH(int, longest);
        IntervalClock clock(rate, intervalS);
        std::int64_t frames = 0;
        const int seconds = 10;
        // Feed in awkward pieces, as decoders deliver them.
        std::size_t piece = 1;
        while (frames < static_cast<std::int64_t>(seconds) * rate) {
            const std::size_t take = std::min(piece, clock.framesUntilBoundary());
            QVERIFY(take >= 1);
            frames += static_cast<std::int64_t>(take);
            if (clock.advance(take)) {
                QVERIFY(clock.lastIntervalFrames() >= shortest);
                QVERIFY(clock.lastIntervalFrames() <= longest);
            }
            piece = piece * 7 % 1000 + 1;
        }
        QCOMPARE(frames, static_cast<std::int64_t>(seconds) * rate);
        QCOMPARE(clock.completedIntervals(), std::llround(seconds / intervalS));
    }
};

QTEST_GUILESS_MAIN(IntervalClockTest)
#include "tst_intervalclock.moc"
