#include "core/analysis/loudnessmeter.h"
#include "tests/support/testsignals.h"

#include <QTest>

#include <ebur128.h>

#include <cmath>
#include <memory>

using namespace mixscope;

namespace {

struct Reference {
    double integratedLufs = 0.0;
    double rangeLu = 0.0;
    double shortTermMaxLufs = -HUGE_VAL;
};

// libebur128, the reference implementation DESIGN.md names, measured on the
// same samples.
Reference measureWithLibebur128(const test::Signal& signal) {
    auto deleter = [](ebur128_state* state) {
        ebur128_destroy(&state);
    };
    std::unique_ptr<ebur128_state, decltype(deleter)> state(
        ebur128_init(2, static_cast<unsigned long>(signal.sampleRateHz),
                     EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_S),
        deleter);
    Reference reference;
    const auto hop = static_cast<std::size_t>(signal.sampleRateHz / 10);
    for (std::size_t start = 0; start + hop <= signal.frames(); start += hop) {
        ebur128_add_frames_float(state.get(), signal.samples.data() + 2 * start, hop);
        double shortTerm = 0.0;
        if (start + hop >= 3 * static_cast<std::size_t>(signal.sampleRateHz) &&
            ebur128_loudness_shortterm(state.get(), &shortTerm) == EBUR128_SUCCESS) {
            reference.shortTermMaxLufs = std::max(reference.shortTermMaxLufs, shortTerm);
        }
    }
    ebur128_loudness_global(state.get(), &reference.integratedLufs);
    ebur128_loudness_range(state.get(), &reference.rangeLu);
    return reference;
}

} // namespace

class LoudnessReferenceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithLibebur128_data() {
        QTest::addColumn<int>("rate");
        for (int rate : {8000, 22050, 44100, 48000, 96000}) {
            QTest::addRow("%d Hz", rate) << rate;
        }
    }

    void agreesWithLibebur128() {
        QFETCH(int, rate);
        // Music-like material with a quiet passage, so that both gates and
        // the range have something to do.
        test::Signal signal = test::musicLike(40.0, rate);
        for (std::size_t i = 0; i < signal.frames() / 3; ++i) {
            signal.samples[2 * i] *= 0.2f;
            signal.samples[2 * i + 1] *= 0.2f;
        }
        LoudnessMeter meter(rate);
        for (std::size_t start = 0; start < signal.frames(); start += 4096) {
            meter.process(signal.samples.data() + 2 * start,
                          std::min<std::size_t>(4096, signal.frames() - start));
        }
        const LoudnessResult ours = meter.finish();
        const Reference reference = measureWithLibebur128(signal);
        QVERIFY(ours.integratedLufs && ours.rangeLu && ours.shortTermMaxLufs);
        qInfo(
            "integrated %.3f vs %.3f LUFS, short-term max %.3f vs %.3f LUFS, range %.2f vs %.2f LU",
            *ours.integratedLufs, reference.integratedLufs, *ours.shortTermMaxLufs,
            reference.shortTermMaxLufs, *ours.rangeLu, reference.rangeLu);
        QVERIFY2(std::fabs(*ours.integratedLufs - reference.integratedLufs) < 0.02,
                 qPrintable(QStringLiteral("ours %1, libebur128 %2")
                                .arg(*ours.integratedLufs, 0, 'f', 3)
                                .arg(reference.integratedLufs, 0, 'f', 3)));
        QVERIFY2(std::fabs(*ours.shortTermMaxLufs - reference.shortTermMaxLufs) < 0.02,
                 qPrintable(QStringLiteral("ours %1, libebur128 %2")
                                .arg(*ours.shortTermMaxLufs, 0, 'f', 3)
                                .arg(reference.shortTermMaxLufs, 0, 'f', 3)));
        // libebur128 takes a short-term value every second, we take one every
        // 100 ms: the percentiles may differ slightly on a step in level.
        QVERIFY2(std::fabs(*ours.rangeLu - reference.rangeLu) < 0.5,
                 qPrintable(QStringLiteral("ours %1, libebur128 %2")
                                .arg(*ours.rangeLu, 0, 'f', 3)
                                .arg(reference.rangeLu, 0, 'f', 3)));
    }
};

QTEST_GUILESS_MAIN(LoudnessReferenceTest)
#include "tst_loudnessreference.moc"
