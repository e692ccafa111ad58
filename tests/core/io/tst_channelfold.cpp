#include "core/io/channelfold.h"

#include <QtTest>

#include <cmath>

using namespace mixscope;

// The fold-down every meter hears: checked gain by gain, and by what a
// signal in each channel becomes.
class TestChannelFold : public QObject {
    Q_OBJECT

private:
    static constexpr double kMinus3dB = 0.70710678118654752;

    // The stereo pair a frame with these channel values folds to.
    static std::pair<double, double> fold(const std::vector<double>& matrix,
                                          const std::vector<double>& frame) {
        const std::size_t count = frame.size();
        double left = 0.0, right = 0.0;
        for (std::size_t in = 0; in < count; ++in) {
            left += matrix[in] * frame[in];
            right += matrix[count + in] * frame[in];
        }
        return {left, right};
    }

private Q_SLOTS:
    void monoPlaysInBothChannels_data() {
        QTest::addColumn<int>("speaker");
        QTest::newRow("front centre") << static_cast<int>(Speaker::FrontCentre);
        QTest::newRow("unnamed") << static_cast<int>(Speaker::Other);
        QTest::newRow("front left") << static_cast<int>(Speaker::FrontLeft);
    }
    void monoPlaysInBothChannels() {
        QFETCH(int, speaker);
        const auto matrix = ChannelFold::stereoMatrix({static_cast<Speaker>(speaker)});
        QCOMPARE(matrix, (std::vector<double>{1.0, 1.0}));
    }

    void stereoStaysAsItIs() {
        const auto matrix = ChannelFold::stereoMatrix({Speaker::FrontLeft, Speaker::FrontRight});
        QCOMPARE(matrix, (std::vector<double>{1.0, 0.0, 0.0, 1.0}));
    }

    // 5.1 in FFmpeg's order (FL FR FC LFE BL BR), ITU-R BS.775: the centre
    // and the surrounds at -3 dB, the LFE left out.
    void fivePointOneFoldsAsBs775() {
        const auto matrix = ChannelFold::stereoMatrix(
            {Speaker::FrontLeft, Speaker::FrontRight, Speaker::FrontCentre, Speaker::LowFrequency,
             Speaker::SurroundLeft, Speaker::SurroundRight});
        const std::vector<double> expected{1.0, 0.0, kMinus3dB, 0.0, kMinus3dB, 0.0,
                                           0.0, 1.0, kMinus3dB, 0.0, 0.0,       kMinus3dB};
        QCOMPARE(matrix.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QVERIFY2(std::fabs(matrix[i] - expected[i]) < 1e-12, qPrintable(QString::number(i)));
        }
        // A dialogue in the centre lands in the middle, 3 dB down in each side
        // (its power is kept: 0.5 + 0.5); an LFE hit is not heard at all.
        const auto [centreLeft, centreRight] = fold(matrix, {0, 0, 1, 0, 0, 0});
        QCOMPARE(centreLeft, centreRight);
        QVERIFY(std::fabs(centreLeft * centreLeft + centreRight * centreRight - 1.0) < 1e-12);
        const auto [lfeLeft, lfeRight] = fold(matrix, {0, 0, 0, 1, 0, 0});
        QCOMPARE(lfeLeft, 0.0);
        QCOMPARE(lfeRight, 0.0);
        // A sound panned to the back right stays on the right.
        const auto [backLeft, backRight] = fold(matrix, {0, 0, 0, 0, 0, 1});
        QCOMPARE(backLeft, 0.0);
        QVERIFY(backRight > 0.7);
    }

    void unnamedChannelsPlayInBothAtMinus6dB() {
        const auto matrix =
            ChannelFold::stereoMatrix({Speaker::FrontLeft, Speaker::FrontRight, Speaker::Other});
        QCOMPARE(matrix[2], 0.5);
        QCOMPARE(matrix[5], 0.5);
    }

    void noChannelsFoldToNothing() { QVERIFY(ChannelFold::stereoMatrix({}).empty()); }
};

QTEST_GUILESS_MAIN(TestChannelFold)
#include "tst_channelfold.moc"
