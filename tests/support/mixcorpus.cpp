#include "tests/support/mixcorpus.h"

#include "core/analysis/loudnessmeter.h"
#include "core/dsp/biquad.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <numbers>

namespace mixscope::test {

namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;
constexpr int kBars = 12;
constexpr int kIntroBars = 2;
constexpr int kVerseBars = 4;

// Deterministic on every platform, unlike the standard distributions.
class Random {
public:
    explicit Random(std::uint32_t seed)
        : m_state(seed == 0 ? 0x9E3779B9u : seed * 2654435761u) {}

    float bipolar() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return static_cast<float>(m_state >> 8) * (2.0f / 16777216.0f) - 1.0f;
    }
    double unit() { return 0.5 * (bipolar() + 1.0); }
    int below(int n) { return std::min(n - 1, static_cast<int>(unit() * n)); }

private:
    std::uint32_t m_state;
};

double midiToHz(double note) {
    return 440.0 * std::pow(2.0, (note - 69.0) / 12.0);
}

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}

Signal stereoSilence(std::size_t frames, int rate) {
    Signal signal;
    signal.sampleRateHz = rate;
    signal.channels = 2;
    signal.samples.assign(frames * 2, 0.0f);
    return signal;
}

// Constant-power pan, -1 (left) … +1 (right).
void addPanned(Signal& signal, std::size_t frame, double value, double pan) {
    if (frame < signal.frames()) {
        signal.samples[2 * frame] += static_cast<float>(value * std::sqrt(0.5 * (1.0 - pan)));
        signal.samples[2 * frame + 1] += static_cast<float>(value * std::sqrt(0.5 * (1.0 + pan)));
    }
}

void filter(Signal& signal, const Biquad& prototype, int channelMask = 3) {
    for (int channel = 0; channel < 2; ++channel) {
        if ((channelMask & (1 << channel)) == 0) {
            continue;
        }
        Biquad biquad = prototype;
        for (std::size_t i = 0; i < signal.frames(); ++i) {
            float& sample = signal.samples[2 * i + static_cast<std::size_t>(channel)];
            sample = biquad.process(sample);
        }
    }
}

// Fourth-order Butterworth as two biquads.
void lowPass4(Signal& signal, double cutoffHz, int channelMask = 3) {
    filter(signal, Biquad::lowPass(signal.sampleRateHz, cutoffHz, 0.5412), channelMask);
    filter(signal, Biquad::lowPass(signal.sampleRateHz, cutoffHz, 1.3066), channelMask);
}

void reverse(Signal& signal) {
    if (signal.frames() == 0) {
        return;
    }
    for (std::size_t i = 0, j = signal.frames() - 1; i < j; ++i, --j) {
        std::swap(signal.samples[2 * i], signal.samples[2 * j]);
        std::swap(signal.samples[2 * i + 1], signal.samples[2 * j + 1]);
    }
}

// Fourth-order zero-phase low-pass (a second-order Butterworth run forwards
// and backwards), so that the band below cutoffHz can be taken out exactly.
void zeroPhaseLowPass(Signal& signal, double cutoffHz, int channelMask) {
    filter(signal, Biquad::lowPass(signal.sampleRateHz, cutoffHz), channelMask);
    reverse(signal);
    filter(signal, Biquad::lowPass(signal.sampleRateHz, cutoffHz), channelMask);
    reverse(signal);
}

void highPass4(Signal& signal, double cutoffHz) {
    filter(signal, Biquad::highPass(signal.sampleRateHz, cutoffHz, 0.5412));
    filter(signal, Biquad::highPass(signal.sampleRateHz, cutoffHz, 1.3066));
}

void scale(Signal& signal, double gain, int channelMask = 3) {
    for (std::size_t i = 0; i < signal.frames(); ++i) {
        for (int channel = 0; channel < 2; ++channel) {
            if ((channelMask & (1 << channel)) != 0) {
                signal.samples[2 * i + static_cast<std::size_t>(channel)] *=
                    static_cast<float>(gain);
            }
        }
    }
}

void addInto(Signal& target, const Signal& source, double gain = 1.0) {
    for (std::size_t i = 0; i < target.samples.size() && i < source.samples.size(); ++i) {
        target.samples[i] += static_cast<float>(gain * source.samples[i]);
    }
}

void delayRight(Signal& signal, double delayS) {
    const auto delay = static_cast<std::size_t>(std::lround(delayS * signal.sampleRateHz));
    for (std::size_t i = signal.frames(); i-- > 0;) {
        signal.samples[2 * i + 1] = i >= delay ? signal.samples[2 * (i - delay) + 1] : 0.0f;
    }
}

float peakOf(const Signal& signal) {
    float peak = 0.0f;
    for (float sample : signal.samples) {
        peak = std::max(peak, std::fabs(sample));
    }
    return peak;
}

double rmsOf(const Signal& signal) {
    double sum = 0.0;
    for (float sample : signal.samples) {
        sum += static_cast<double>(sample) * sample;
    }
    return std::sqrt(sum / static_cast<double>(std::max<std::size_t>(1, signal.samples.size())));
}

struct Envelope {
    double attackS;
    double decayS;
    double gateS; ///< note length; release starts here
    double releaseS;

    double at(double t) const {
        if (t < 0.0) {
            return 0.0;
        }
        const double held = t < attackS ? t / attackS : std::exp(-(t - attackS) / decayS);
        return t < gateS ? held : held * std::exp(-(t - gateS) / releaseS);
    }
};

// A band-limited sawtooth from its first `harmonics` partials.
double saw(double phase, int harmonics, double rolloff = 1.0) {
    double value = 0.0;
    for (int n = 1; n <= harmonics; ++n) {
        value += std::sin(n * phase) / std::pow(n, rolloff);
    }
    return value;
}

// Chord progression i – VI – III – VII in minor, as semitones over the root.
constexpr std::array<std::array<int, 3>, 4> kChords{{
    {0, 3, 7},
    {8, 12, 15},
    {3, 7, 10},
    {10, 14, 17},
}};
constexpr std::array<int, 5> kPentatonic{0, 3, 5, 7, 10};

} // namespace

std::vector<CorpusSong> corpusSongs() {
    return {
        {QStringLiteral("house 124"), 11, 124.0, 33, true, 44100},
        {QStringLiteral("hip-hop 90"), 23, 90.0, 31, false, 44100},
        {QStringLiteral("pop 104"), 37, 104.0, 36, false, 48000},
        {QStringLiteral("techno 132"), 41, 132.0, 29, true, 44100},
        {QStringLiteral("rock 140"), 53, 140.0, 35, false, 48000},
        {QStringLiteral("synthpop 116"), 67, 116.0, 34, true, 44100},
    };
}

CorpusStems renderSong(const CorpusSong& song) {
    Random random(song.seed);
    const int rate = song.sampleRateHz;
    const double beatS = 60.0 / song.tempoBpm;
    const double barS = 4.0 * beatS;
    const auto frames = static_cast<std::size_t>(kBars * barS * rate);
    const auto frameAt = [rate](double seconds) {
        return static_cast<std::size_t>(std::max(0.0, seconds) * rate);
    };

    CorpusStems stems;
    stems.sampleRateHz = rate;
    stems.verseStartS = kIntroBars * barS;
    stems.chorusStartS = (kIntroBars + kVerseBars) * barS;
    stems.durationS = static_cast<double>(frames) / rate;
    for (Signal* stem : {&stems.kick, &stems.snare, &stems.hats, &stems.bass, &stems.pads,
                         &stems.lead, &stems.sibilants}) {
        *stem = stereoSilence(frames, rate);
    }

    const double kickHz = 44.0 + 12.0 * random.unit();
    const double snareHz = 170.0 + 60.0 * random.unit();
    for (int bar = kIntroBars; bar < kBars; ++bar) {
        const bool chorus = bar >= kIntroBars + kVerseBars;
        for (int eighth = 0; eighth < 8; ++eighth) {
            const double startS = bar * barS + eighth * beatS / 2.0;
            const std::size_t start = frameAt(startS);
            const bool kickHere =
                song.fourOnTheFloor ? eighth % 2 == 0
                                    : (eighth == 0 || eighth == 4 || (eighth == 5 && bar % 2 == 1));
            if (kickHere) {
                double phase = 0.0;
                for (std::size_t i = 0; i < frameAt(0.4); ++i) {
                    const double t = static_cast<double>(i) / rate;
                    phase += kTwoPi * (kickHz + 110.0 * std::exp(-t / 0.03)) / rate;
                    const double click = t < 0.002 ? 0.4 * random.bipolar() : 0.0;
                    addPanned(stems.kick, start + i, std::sin(phase) * std::exp(-t / 0.25) + click,
                              0.0);
                }
            }
            if (eighth == 2 || eighth == 6) {
                for (std::size_t i = 0; i < frameAt(0.3); ++i) {
                    const double t = static_cast<double>(i) / rate;
                    const double tone = 0.5 * std::sin(kTwoPi * snareHz * t) * std::exp(-t / 0.05);
                    const double body = 0.6 * random.bipolar() * std::exp(-t / 0.1);
                    addPanned(stems.snare, start + i, tone + body, 0.05);
                }
            }
        }
        // Bass: eighth notes on the chord's root, a little off the grid.
        const auto& chord = kChords[static_cast<std::size_t>(bar % 4)];
        const int rootOffset = chord[0] > 7 ? chord[0] - 12 : chord[0];
        const double bassHz = midiToHz(song.rootMidiNote + rootOffset);
        for (int eighth = 0; eighth < 8; ++eighth) {
            if (!chorus && eighth % 2 == 1) {
                continue;
            }
            const std::size_t start = frameAt(bar * barS + eighth * beatS / 2.0);
            const Envelope envelope{0.005, 0.6, beatS * 0.45, 0.03};
            for (std::size_t i = 0; i < frameAt(beatS * 0.6); ++i) {
                const double t = static_cast<double>(i) / rate;
                addPanned(stems.bass, start + i, 0.5 * envelope.at(t) * saw(kTwoPi * bassHz * t, 6),
                          0.0);
            }
        }
    }
    lowPass4(stems.bass, 280.0);
    filter(stems.kick, Biquad::highPass(rate, 25.0));
    lowPass4(stems.kick, 5000.0);
    filter(stems.snare, Biquad::highPass(rate, 120.0));
    lowPass4(stems.snare, 6000.0);

    // Hats: eighths everywhere, sixteenths in the chorus, alternating sides.
    for (int bar = 0; bar < kBars; ++bar) {
        const bool chorus = bar >= kIntroBars + kVerseBars;
        const int steps = chorus ? 16 : 8;
        for (int step = 0; step < steps; ++step) {
            const std::size_t start = frameAt(bar * barS + step * barS / steps);
            const double accent = step % 2 == 0 ? 1.0 : 0.6;
            for (std::size_t i = 0; i < frameAt(0.06); ++i) {
                const double t = static_cast<double>(i) / rate;
                addPanned(stems.hats, start + i, accent * random.bipolar() * std::exp(-t / 0.02),
                          step % 2 == 0 ? -0.35 : 0.35);
            }
        }
    }
    highPass4(stems.hats, 6500.0);
    filter(stems.hats, Biquad::highShelf(rate, 10000.0, -6.0));

    // Pads: the chord two octaves over the bass, each side detuned its own
    // way, so they are wide but mono-safe.
    {
        std::vector<double> phaseLeft(3, 0.0), phaseRight(3, 1.3);
        for (std::size_t i = 0; i < frames; ++i) {
            const double t = static_cast<double>(i) / rate;
            const int bar = static_cast<int>(t / barS);
            const auto& chord = kChords[static_cast<std::size_t>(bar % 4)];
            const double inBar = t - bar * barS;
            const double swell = std::min(1.0, inBar / 0.3) * (1.0 - 0.25 * inBar / barS);
            const double sectionGain =
                bar < kIntroBars ? 0.7 : (bar < kIntroBars + kVerseBars ? 0.8 : 1.0);
            double left = 0.0, right = 0.0;
            for (std::size_t voice = 0; voice < 3; ++voice) {
                const double hz = midiToHz(song.rootMidiNote + 24 + chord[voice]);
                phaseLeft[voice] += kTwoPi * hz * std::pow(2.0, 5.0 / 1200.0) / rate;
                phaseRight[voice] += kTwoPi * hz * std::pow(2.0, -5.0 / 1200.0) / rate;
                left += saw(phaseLeft[voice], 12, 1.3);
                right += saw(phaseRight[voice], 12, 1.3);
            }
            const double gain = 0.25 * swell * sectionGain;
            stems.pads.samples[2 * i] = static_cast<float>(gain * left);
            stems.pads.samples[2 * i + 1] = static_cast<float>(gain * right);
        }
        filter(stems.pads, Biquad::highPass(rate, 150.0));
        lowPass4(stems.pads, 3000.0);
    }

    // Lead: a pentatonic line in the verse and chorus with vibrato and bright
    // harmonics, and a sibilant at the start of some notes as a singer makes.
    {
        double t0 = stems.verseStartS;
        while (t0 < stems.durationS - beatS) {
            const double lengthS = beatS * (random.unit() < 0.5 ? 0.5 : 1.0);
            const bool chorus = t0 >= stems.chorusStartS;
            const int degree = kPentatonic[static_cast<std::size_t>(random.below(5))];
            const double hz = midiToHz(song.rootMidiNote + 36 + degree + (chorus ? 12 : 0));
            const std::size_t start = frameAt(t0);
            const Envelope envelope{0.02, 2.0, lengthS * 0.9, 0.05};
            double phase = 0.0;
            for (std::size_t i = 0; i < frameAt(lengthS + 0.2); ++i) {
                const double t = static_cast<double>(i) / rate;
                const double vibrato = t > 0.15 ? 0.006 * std::sin(kTwoPi * 5.5 * t) : 0.0;
                phase += kTwoPi * hz * (1.0 + vibrato) / rate;
                addPanned(stems.lead, start + i,
                          (chorus ? 0.3 : 0.24) * envelope.at(t) * saw(phase, 16, 1.15), 0.05);
            }
            if (random.unit() < 0.4) {
                for (std::size_t i = 0; i < frameAt(0.09); ++i) {
                    const double t = static_cast<double>(i) / rate;
                    const double shape = std::min(1.0, t / 0.015) * std::exp(-t / 0.05);
                    addPanned(stems.sibilants, start + i, shape * random.bipolar(), 0.05);
                }
            }
            t0 += lengthS;
        }
        filter(stems.lead, Biquad::highPass(rate, 200.0));
        filter(stems.sibilants, Biquad::bandPass(rate, 6500.0, 1.2));
        filter(stems.sibilants, Biquad::bandPass(rate, 7000.0, 1.2));
    }

    // The song's balance: each part within ±2 dB of a sensible mix.
    const std::array<std::pair<Signal*, double>, 7> balance{{
        {&stems.kick, 0.6},
        {&stems.snare, 0.5},
        {&stems.hats, 0.06},
        {&stems.bass, 0.38},
        {&stems.pads, 0.22},
        {&stems.lead, 0.3},
        {&stems.sibilants, 0.12},
    }};
    for (const auto& [stem, gain] : balance) {
        scale(*stem, gain * dbToGain(4.0 * random.unit() - 2.0));
    }
    return stems;
}

std::vector<Defect> allDefects() {
    return {Defect::Mud,         Defect::Boxiness,       Defect::Harshness, Defect::Sibilance,
            Defect::TooBright,   Defect::TooDark,        Defect::SubRumble, Defect::OverCompression,
            Defect::WideBass,    Defect::HaasDelay,      Defect::Clipping,  Defect::DcOffset,
            Defect::LowHeadroom, Defect::StereoImbalance};
}

FindingKind expectedFinding(Defect defect) {
    switch (defect) {
    case Defect::Mud:
        return FindingKind::Mud;
    case Defect::Boxiness:
        return FindingKind::Boxiness;
    case Defect::Harshness:
        return FindingKind::Harshness;
    case Defect::Sibilance:
        return FindingKind::Sibilance;
    case Defect::TooBright:
        return FindingKind::TooBright;
    case Defect::TooDark:
        return FindingKind::TooDark;
    case Defect::SubRumble:
        return FindingKind::SubRumble;
    case Defect::OverCompression:
        return FindingKind::LackOfPunch;
    case Defect::WideBass:
        return FindingKind::WideBass;
    case Defect::HaasDelay:
        return FindingKind::MonoCompatibility;
    case Defect::Clipping:
        return FindingKind::Clipping;
    case Defect::DcOffset:
        return FindingKind::DcOffset;
    case Defect::LowHeadroom:
        return FindingKind::LowHeadroom;
    case Defect::StereoImbalance:
        return FindingKind::StereoImbalance;
    }
    return FindingKind::Mud;
}

QString defectName(Defect defect) {
    switch (defect) {
    case Defect::Mud:
        return QStringLiteral("300 Hz boost");
    case Defect::Boxiness:
        return QStringLiteral("650 Hz boost");
    case Defect::Harshness:
        return QStringLiteral("3.5 kHz boost");
    case Defect::Sibilance:
        return QStringLiteral("loud sibilants");
    case Defect::TooBright:
        return QStringLiteral("high shelf up");
    case Defect::TooDark:
        return QStringLiteral("high shelf down");
    case Defect::SubRumble:
        return QStringLiteral("25-35 Hz rumble");
    case Defect::OverCompression:
        return QStringLiteral("over-compression");
    case Defect::WideBass:
        return QStringLiteral("bass out of phase");
    case Defect::HaasDelay:
        return QStringLiteral("Haas delay");
    case Defect::Clipping:
        return QStringLiteral("hard clipping");
    case Defect::DcOffset:
        return QStringLiteral("DC offset");
    case Defect::LowHeadroom:
        return QStringLiteral("peaks near 0 dBFS");
    case Defect::StereoImbalance:
        return QStringLiteral("left louder");
    }
    return {};
}

namespace {

// Sums the parts; the same gain for the clean and every degraded mix.
Signal sum(const CorpusStems& stems) {
    Signal mix = stereoSilence(stems.kick.frames(), stems.sampleRateHz);
    for (const Signal* stem : {&stems.kick, &stems.snare, &stems.hats, &stems.bass, &stems.pads,
                               &stems.lead, &stems.sibilants}) {
        addInto(mix, *stem);
    }
    return mix;
}

double cleanGain(const CorpusStems& stems) {
    return dbToGain(-6.0) / peakOf(sum(stems));
}

// Feed-forward compressor on the louder channel's peak envelope.
void compress(Signal& signal, double thresholdDb, double ratio, double attackS, double releaseS) {
    const double attack = std::exp(-1.0 / (attackS * signal.sampleRateHz));
    const double release = std::exp(-1.0 / (releaseS * signal.sampleRateHz));
    double envelope = 0.0;
    for (std::size_t i = 0; i < signal.frames(); ++i) {
        const double level =
            std::max(std::fabs(signal.samples[2 * i]), std::fabs(signal.samples[2 * i + 1]));
        const double coefficient = level > envelope ? attack : release;
        envelope = coefficient * envelope + (1.0 - coefficient) * level;
        const double overDb = 20.0 * std::log10(std::max(envelope, 1e-9)) - thresholdDb;
        const double gain = overDb > 0.0 ? dbToGain(-overDb * (1.0 - 1.0 / ratio)) : 1.0;
        signal.samples[2 * i] *= static_cast<float>(gain);
        signal.samples[2 * i + 1] *= static_cast<float>(gain);
    }
}

// Look-ahead brickwall limiter: never above ceiling, 1.5 ms look-ahead, 50 ms release.
void limit(Signal& signal, double ceiling) {
    const std::size_t frames = signal.frames();
    const auto lookahead = static_cast<std::size_t>(0.0015 * signal.sampleRateHz);
    std::vector<double> required(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const double level =
            std::max(std::fabs(signal.samples[2 * i]), std::fabs(signal.samples[2 * i + 1]));
        required[i] = level > ceiling ? ceiling / level : 1.0;
    }
    const double release = std::exp(-1.0 / (0.05 * signal.sampleRateHz));
    std::deque<std::size_t> window; // indices of ascending required gain
    double gain = 1.0;
    for (std::size_t i = 0; i < frames; ++i) {
        const std::size_t ahead = i + lookahead;
        if (ahead < frames) {
            while (!window.empty() && required[window.back()] >= required[ahead]) {
                window.pop_back();
            }
            window.push_back(ahead);
        }
        while (!window.empty() && window.front() < i) {
            window.pop_front();
        }
        double target = required[i];
        if (!window.empty()) {
            target = std::min(target, required[window.front()]);
        }
        gain = std::min(target, release * gain + (1.0 - release));
        signal.samples[2 * i] *= static_cast<float>(gain);
        signal.samples[2 * i + 1] *= static_cast<float>(gain);
    }
}

} // namespace

double integratedLufs(const Signal& signal) {
    LoudnessMeter meter(signal.sampleRateHz);
    meter.process(signal.samples.data(), signal.frames());
    return meter.finish().integratedLufs.value_or(-70.0);
}

Signal cleanMix(const CorpusStems& stems) {
    Signal mix = sum(stems);
    scale(mix, cleanGain(stems));
    return mix;
}

namespace {

// The problems that live on the mix bus, injected into mix in place. levelDb
// is the level the mix was made at, dBFS of sample peak: the compressor's
// thresholds and the limiter's ceiling sit relative to it.
void injectBusDefect(Signal& mix, Defect defect, bool strong, double levelDb) {
    const int rate = mix.sampleRateHz;
    switch (defect) {
    case Defect::Mud:
        filter(mix, Biquad::peaking(rate, 300.0, 1.0, strong ? 6.0 : 3.0));
        break;
    case Defect::Boxiness:
        filter(mix, Biquad::peaking(rate, 650.0, 1.2, strong ? 6.0 : 3.0));
        break;
    case Defect::Harshness:
        filter(mix, Biquad::peaking(rate, 3500.0, 1.0, strong ? 6.0 : 3.0));
        break;
    case Defect::TooBright:
        filter(mix, Biquad::highShelf(rate, 5000.0, strong ? 6.0 : 3.0));
        break;
    case Defect::TooDark:
        filter(mix, Biquad::highShelf(rate, 5000.0, strong ? -6.0 : -3.0));
        break;
    case Defect::SubRumble: {
        const double durationS = static_cast<double>(mix.frames()) / rate;
        Signal rumble = whiteNoise(0.0, durationS, rate, 1, 99);
        Signal stereo = interleave({rumble, rumble});
        stereo.samples.resize(mix.samples.size(), 0.0f);
        filter(stereo, Biquad::bandPass(rate, 30.0, 2.0));
        filter(stereo, Biquad::bandPass(rate, 30.0, 2.0));
        addInto(mix, stereo, rmsOf(mix) * dbToGain(strong ? -12.0 : -20.0) / rmsOf(stereo));
        break;
    }
    case Defect::OverCompression: {
        const double before = integratedLufs(mix);
        if (strong) {
            compress(mix, levelDb - 24.0, 10.0, 0.0002, 0.2);
            scale(mix, dbToGain(levelDb) / peakOf(mix) * dbToGain(8.0));
        } else {
            compress(mix, levelDb - 14.0, 4.0, 0.001, 0.15);
            scale(mix, dbToGain(levelDb) / peakOf(mix) * dbToGain(3.0));
        }
        limit(mix, dbToGain(levelDb));
        scale(mix, dbToGain(before - integratedLufs(mix)));
        break;
    }
    case Defect::WideBass: {
        Signal low = mix;
        scale(low, 0.0, 1);
        zeroPhaseLowPass(low, 150.0, 2);
        if (strong) {
            addInto(mix, low, -2.0);
        } else {
            addInto(mix, low, -1.0);
            delayRight(low, 0.0025);
            addInto(mix, low, 1.0);
        }
        break;
    }
    case Defect::Clipping: {
        scale(mix, dbToGain(strong ? 6.0 : 1.5) / peakOf(mix));
        for (float& sample : mix.samples) {
            sample = std::clamp(sample, -1.0f, 1.0f);
        }
        break;
    }
    case Defect::DcOffset:
        for (float& sample : mix.samples) {
            sample += strong ? 0.02f : 0.003f;
        }
        break;
    case Defect::LowHeadroom:
        scale(mix, dbToGain(strong ? -0.1 : -0.7) / peakOf(mix));
        break;
    case Defect::StereoImbalance:
        scale(mix, dbToGain(strong ? 3.0 : 1.5), 1);
        break;
    case Defect::Sibilance:
    case Defect::HaasDelay:
        break;
    }
}

// The band lowHz–highHz of the channels in channelMask (others silent), cut
// with the zero-phase low-passes, so that signal minus band is the rest exactly.
Signal zeroPhaseBand(const Signal& signal, double lowHz, double highHz, int channelMask) {
    Signal upper = signal;
    Signal lower = signal;
    for (int channel = 0; channel < 2; ++channel) {
        if ((channelMask & (1 << channel)) == 0) {
            scale(upper, 0.0, 1 << channel);
            scale(lower, 0.0, 1 << channel);
        }
    }
    if (highHz > 0.0) {
        zeroPhaseLowPass(upper, highHz, channelMask);
    }
    zeroPhaseLowPass(lower, lowHz, channelMask);
    addInto(upper, lower, -1.0);
    return upper;
}

// Sibilant-like bursts made louder on the bus: the 5–10 kHz band gains up
// to gainDb wherever its envelope rises above the level it exceeds 10 % of
// the time, fully from 6 dB above that level.
void boostHighBursts(Signal& mix, double gainDb) {
    const Signal band = zeroPhaseBand(mix, 5000.0, 10000.0, 3);
    const double attack = std::exp(-1.0 / (0.001 * mix.sampleRateHz));
    const double release = std::exp(-1.0 / (0.04 * mix.sampleRateHz));
    std::vector<double> envelope(mix.frames());
    double level = 0.0;
    for (std::size_t i = 0; i < mix.frames(); ++i) {
        const double peak =
            std::max(std::fabs(band.samples[2 * i]), std::fabs(band.samples[2 * i + 1]));
        const double coefficient = peak > level ? attack : release;
        level = coefficient * level + (1.0 - coefficient) * peak;
        envelope[i] = level;
    }
    std::vector<double> sorted = envelope;
    const auto tenth = sorted.begin() + static_cast<std::ptrdiff_t>(0.9 * sorted.size());
    std::nth_element(sorted.begin(), tenth, sorted.end());
    const double threshold = std::max(*tenth, 1e-9);
    for (std::size_t i = 0; i < mix.frames(); ++i) {
        const double over = std::clamp(std::log2(envelope[i] / threshold), 0.0, 1.0);
        const auto extra = static_cast<float>(dbToGain(gainDb * over) - 1.0);
        mix.samples[2 * i] += extra * band.samples[2 * i];
        mix.samples[2 * i + 1] += extra * band.samples[2 * i + 1];
    }
}

// The right channel's part in lowHz–highHz (highHz 0: everything above
// lowHz) delayed by delayS; the rest of the right channel stays in time.
void delayRightBand(Signal& mix, double lowHz, double highHz, double delayS) {
    Signal band = zeroPhaseBand(mix, lowHz, highHz, 2);
    addInto(mix, band, -1.0);
    delayRight(band, delayS);
    addInto(mix, band, 1.0);
}

} // namespace

Signal degradedMix(const CorpusStems& stems, Defect defect, DefectStrength strength) {
    const bool strong = strength == DefectStrength::Strong;
    const double gain = cleanGain(stems);

    if (defect == Defect::Sibilance || defect == Defect::HaasDelay) {
        CorpusStems changed = stems;
        if (defect == Defect::Sibilance) {
            scale(changed.sibilants, dbToGain(strong ? 12.0 : 7.0));
        } else if (strong) {
            for (Signal* stem : {&changed.pads, &changed.lead, &changed.sibilants, &changed.snare,
                                 &changed.hats}) {
                delayRight(*stem, 0.015);
            }
        } else {
            delayRight(changed.lead, 0.010);
            delayRight(changed.sibilants, 0.010);
        }
        Signal mix = sum(changed);
        scale(mix, gain);
        return mix;
    }

    Signal mix = cleanMix(stems);
    injectBusDefect(mix, defect, strong, -6.0);
    return mix;
}

bool fullMixVariantIsLoudnessMatched(Defect defect) {
    switch (defect) {
    case Defect::Clipping:
    case Defect::DcOffset:
    case Defect::LowHeadroom:
    case Defect::StereoImbalance:
        return false;
    default:
        return true;
    }
}

Signal degradedFullMix(const Signal& mix, Defect defect, DefectStrength strength) {
    const bool strong = strength == DefectStrength::Strong;
    Signal degraded = mix;
    if (defect == Defect::Sibilance) {
        boostHighBursts(degraded, strong ? 12.0 : 7.0);
    } else if (defect == Defect::HaasDelay) {
        if (strong) {
            delayRightBand(degraded, 150.0, 0.0, 0.015);
        } else {
            delayRightBand(degraded, 1000.0, 5000.0, 0.010);
        }
    } else {
        injectBusDefect(degraded, defect, strong, 20.0 * std::log10(std::max(peakOf(mix), 1e-9f)));
    }
    if (fullMixVariantIsLoudnessMatched(defect)) {
        scale(degraded, dbToGain(integratedLufs(mix) - integratedLufs(degraded)));
    }
    return degraded;
}

} // namespace mixscope::test
