#include "core/dsp/realfft.h"

#include <QtTest>

#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

using namespace mixscope;

class TestRealFft : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sineOnABinReadsHalfItsAmplitudeTimesSize_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("bin");
        QTest::addColumn<double>("amplitude");

        QTest::newRow("N 1024, bin 64") << 1024 << 64 << 0.5;
        QTest::newRow("N 4096, bin 93") << 4096 << 93 << 1.0;
        QTest::newRow("N 6, bin 1") << 6 << 1 << 0.25;
        QTest::newRow("N 8192, bin 4000") << 8192 << 4000 << 0.01;
    }

    void sineOnABinReadsHalfItsAmplitudeTimesSize() {
        QFETCH(int, size);
        QFETCH(int, bin);
        QFETCH(double, amplitude);

        std::vector<float> input(static_cast<std::size_t>(size));
        for (int n = 0; n < size; ++n) {
            input[static_cast<std::size_t>(n)] = static_cast<float>(
                amplitude * std::cos(2.0 * std::numbers::pi * bin * n / size + 0.3));
        }
        RealFft fft(size);
        QVERIFY(fft.isValid());
        QCOMPARE(fft.binCount(), size / 2 + 1);
        std::vector<std::complex<float>> output(static_cast<std::size_t>(fft.binCount()));
        fft.forward(input.data(), output.data());

        const double expected = amplitude * size / 2.0;
        for (int k = 0; k < fft.binCount(); ++k) {
            const double magnitude = std::abs(output[static_cast<std::size_t>(k)]);
            if (k == bin) {
                QVERIFY2(std::fabs(magnitude - expected) <= 1e-4 * expected,
                         qPrintable(QStringLiteral("bin %1: %2, expected %3")
                                        .arg(k)
                                        .arg(magnitude)
                                        .arg(expected)));
                QVERIFY(std::fabs(std::arg(output[static_cast<std::size_t>(k)]) - 0.3) <= 1e-3);
            } else {
                QVERIFY2(magnitude <= 1e-4 * expected,
                         qPrintable(QStringLiteral("bin %1 leaks %2").arg(k).arg(magnitude)));
            }
        }
    }

    void matchesADirectDiscreteFourierTransform() {
        constexpr int size = 64;
        std::vector<float> input(size);
        for (int n = 0; n < size; ++n) {
            input[n] = static_cast<float>(std::sin(0.37 * n * n) + 0.1);
        }
        RealFft fft(size);
        std::vector<std::complex<float>> output(size / 2 + 1);
        fft.forward(input.data(), output.data());
        for (int k = 0; k <= size / 2; ++k) {
            std::complex<double> expected;
            for (int n = 0; n < size; ++n) {
                expected += static_cast<double>(input[n]) *
                            std::polar(1.0, -2.0 * std::numbers::pi * k * n / size);
            }
            const std::complex<double> actual(output[k]);
            QVERIFY2(
                std::abs(actual - expected) <= 1e-4,
                qPrintable(
                    QStringLiteral("bin %1 off by %2").arg(k).arg(std::abs(actual - expected))));
        }
    }

    void oddOrTooSmallSizeIsInvalidAndOutputsZeros_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("odd") << 7;
        QTest::newRow("one") << 1;
    }

    void oddOrTooSmallSizeIsInvalidAndOutputsZeros() {
        QFETCH(int, size);
        RealFft fft(size);
        QVERIFY(!fft.isValid());
        std::vector<float> input(static_cast<std::size_t>(size), 1.0f);
        std::vector<std::complex<float>> output(static_cast<std::size_t>(fft.binCount()),
                                                std::complex<float>(5.0f, 5.0f));
        fft.forward(input.data(), output.data());
        for (const auto& bin : output) {
            QCOMPARE(bin, std::complex<float>());
        }
    }

    void movedTransformStillWorks() {
        RealFft original(16);
        RealFft moved = std::move(original);
        QVERIFY(moved.isValid());
        std::vector<float> input(16, 1.0f);
        std::vector<std::complex<float>> output(9);
        moved.forward(input.data(), output.data());
        QCOMPARE(output[0], std::complex<float>(16.0f, 0.0f));
    }
};

QTEST_GUILESS_MAIN(TestRealFft)
#include "tst_realfft.moc"
