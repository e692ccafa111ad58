#include "core/session/demosession.h"

#include "core/dsp/biquad.h"
#include "core/io/wavwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace mixscope {

namespace {

constexpr double kRate = DemoSession::kSampleRateHz;
constexpr double kBeatS = 60.0 / DemoSession::kTempoBpm;
constexpr double kBarS = 4.0 * kBeatS;
constexpr std::size_t kFrames = static_cast<std::size_t>(DemoSession::kBars * kBarS * kRate);
constexpr double kTwoPi = 2.0 * std::numbers::pi;

// Bump when the sound changes, so that cached demo files are rewritten.
constexpr int kDemoVersion = 1;

enum class Section { Intro, Verse, Drop, Outro };

Section sectionOf(int bar) {
    if (bar < 4) {
        return Section::Intro;
    }
    if (bar < 12) {
        return Section::Verse;
    }
    if (bar < 20) {
        return Section::Drop;
    }
    return Section::Outro;
}

// Deterministic on every platform, unlike the standard distributions.
class Noise {
public:
    float next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return static_cast<float>(m_state >> 8) * (2.0f / 16777216.0f) - 1.0f;
    }

private:
    std::uint32_t m_state = 0x9E3779B9u;
};

double midiToHz(int note) {
    return 440.0 * std::pow(2.0, (note - 69) / 12.0);
}

std::size_t frameAt(double seconds) {
    return static_cast<std::size_t>(seconds * kRate);
}

struct Stem {
    std::vector<float> left = std::vector<float>(kFrames, 0.0f);
    std::vector<float> right = std::vector<float>(kFrames, 0.0f);

    void add(std::size_t frame, float value, float pan = 0.0f) {
        if (frame < kFrames) {
            left[frame] += value * std::sqrt(0.5f * (1.0f - pan));
            right[frame] += value * std::sqrt(0.5f * (1.0f + pan));
        }
    }
};

struct Stems {
    Stem kick, snare, hats, bass, pad, lead;
};

void renderDrums(Stems& stems) {
    Noise noise;
    for (int bar = 0; bar < DemoSession::kBars; ++bar) {
        const Section section = sectionOf(bar);
        for (int eighth = 0; eighth < 8; ++eighth) {
            const double startS = bar * kBarS + eighth * kBeatS / 2.0;
            const std::size_t start = frameAt(startS);
            const bool onBeat = eighth % 2 == 0;
            if (onBeat && (section == Section::Verse || section == Section::Drop)) {
                double phase = 0.0;
                for (std::size_t i = 0; i < frameAt(0.45); ++i) {
                    const double t = static_cast<double>(i) / kRate;
                    phase += kTwoPi * (45.0 + 100.0 * std::exp(-t / 0.035)) / kRate;
                    const double click = t < 0.003 ? 0.5 * noise.next() : 0.0;
                    stems.kick.add(start + i, static_cast<float>(
                                                  std::sin(phase) * std::exp(-t / 0.28) + click));
                }
            }
            if ((eighth == 2 || eighth == 6) &&
                (section == Section::Verse || section == Section::Drop)) {
                for (std::size_t i = 0; i < frameAt(0.3); ++i) {
                    const double t = static_cast<double>(i) / kRate;
                    const double tone = 0.5 * std::sin(kTwoPi * 190.0 * t) * std::exp(-t / 0.06);
                    const double body = 0.6 * noise.next() * std::exp(-t / 0.11);
                    stems.snare.add(start + i, static_cast<float>(tone + body));
                }
            }
            if (!onBeat || section == Section::Drop) {
                const float pan = onBeat ? -0.3f : 0.3f;
                for (std::size_t i = 0; i < frameAt(0.08); ++i) {
                    const double t = static_cast<double>(i) / kRate;
                    stems.hats.add(start + i,
                                   static_cast<float>(noise.next() * std::exp(-t / 0.02)), pan);
                }
            }
        }
    }
    // Hats are noise through a high-pass; the snare loses its rumble.
    for (Stem* stem : {&stems.hats, &stems.snare}) {
        const double cutoff = stem == &stems.hats ? 7000.0 : 150.0;
        Biquad left = Biquad::highPass(kRate, cutoff), right = Biquad::highPass(kRate, cutoff);
        for (std::size_t i = 0; i < kFrames; ++i) {
            stem->left[i] = left.process(stem->left[i]);
            stem->right[i] = right.process(stem->right[i]);
        }
    }
}

void renderTonal(Stems& stems) {
    constexpr std::array<int, 4> roots{33, 29, 36, 31}; // A1 F1 C2 G1
    constexpr std::array<std::array<int, 3>, 4> chords{
        {{57, 60, 64}, {53, 57, 60}, {55, 60, 64}, {55, 59, 62}}};
    constexpr std::array<int, 16> melody{69, -1, 72, 74, 76, -1, 74, 72,
                                         69, -1, 67, 69, 72, -1, -1, -1};

    std::array<double, 6> padPhases{};
    double bassPhase = 0.0, leadPhase = 0.0;
    for (std::size_t i = 0; i < kFrames; ++i) {
        const double t = static_cast<double>(i) / kRate;
        const int bar = static_cast<int>(t / kBarS);
        const Section section = sectionOf(bar);
        const double inBarS = t - bar * kBarS;
        const int chord = bar % 4;

        const double padEnvelope = std::min(1.0, inBarS / 0.4) * (1.0 - 0.3 * inBarS / kBarS);
        for (std::size_t v = 0; v < 6; ++v) {
            const double detune = v % 2 == 0 ? -0.08 : 0.08;
            padPhases[v] = std::fmod(padPhases[v] + midiToHz(chords[chord][v / 2]) *
                                                        std::pow(2.0, detune / 12.0) / kRate,
                                     1.0);
            stems.pad.add(i, static_cast<float>(0.12 * padEnvelope * (2.0 * padPhases[v] - 1.0)),
                          v % 2 == 0 ? -0.6f : 0.6f);
        }

        if (section == Section::Verse || section == Section::Drop) {
            const int eighth = static_cast<int>(inBarS / (kBeatS / 2.0));
            const double inNoteS = inBarS - eighth * kBeatS / 2.0;
            const int note = roots[chord] + (eighth % 4 == 2 ? 12 : 0);
            bassPhase += kTwoPi * midiToHz(note) / kRate;
            const double envelope = std::min(1.0, inNoteS / 0.005) * std::exp(-inNoteS / 0.4);
            stems.bass.add(i, static_cast<float>(envelope * (std::sin(bassPhase) +
                                                             0.35 * std::sin(2.0 * bassPhase) +
                                                             0.15 * std::sin(3.0 * bassPhase))));
        }

        if (section == Section::Drop || section == Section::Outro) {
            const int step = static_cast<int>(t / (kBeatS / 2.0)) % 16;
            const double inNoteS = std::fmod(t, kBeatS / 2.0);
            if (melody[static_cast<std::size_t>(step)] > 0) {
                leadPhase += kTwoPi * midiToHz(melody[static_cast<std::size_t>(step)]) / kRate;
                const double envelope = std::min(1.0, inNoteS / 0.01) * std::exp(-inNoteS / 0.3);
                const double sample =
                    envelope * (std::sin(leadPhase) + 0.3 * std::sin(3.0 * leadPhase));
                stems.lead.add(i, static_cast<float>(0.5 * sample), 0.15f);
                // A dotted-eighth echo on the other side widens the lead.
                stems.lead.add(i + frameAt(0.75 * kBeatS), static_cast<float>(0.2 * sample), -0.5f);
            }
        }
    }
    Biquad left = Biquad::lowPass(kRate, 2500.0), right = Biquad::lowPass(kRate, 2500.0);
    for (std::size_t i = 0; i < kFrames; ++i) {
        stems.pad.left[i] = left.process(stems.pad.left[i]);
        stems.pad.right[i] = right.process(stems.pad.right[i]);
    }
}

struct Treatment {
    double kickDb, snareDb, hatsDb, bassDb, padDb, leadDb;
    double lowMidBoostDb; ///< peaking EQ at 300 Hz on bass and pad: the classic mud
    double highShelfDb;   ///< on the whole mix above 6 kHz
    double driveDb;       ///< into the limiter; 0 = no limiter, just peak-normalised
};

std::vector<float> mixDown(const Stems& stems, const Treatment& treatment) {
    auto gain = [](double db) {
        return static_cast<float>(std::pow(10.0, db / 20.0));
    };
    std::vector<float> out(2 * kFrames, 0.0f);
    const std::array<std::pair<const Stem*, double>, 6> parts{{{&stems.kick, treatment.kickDb},
                                                               {&stems.snare, treatment.snareDb},
                                                               {&stems.hats, treatment.hatsDb},
                                                               {&stems.bass, treatment.bassDb},
                                                               {&stems.pad, treatment.padDb},
                                                               {&stems.lead, treatment.leadDb}}};
    for (const auto& [stem, db] : parts) {
        const bool muddy = stem == &stems.bass || stem == &stems.pad;
        Biquad left = Biquad::peaking(kRate, 300.0, 1.0, muddy ? treatment.lowMidBoostDb : 0.0);
        Biquad right = left;
        const float g = gain(db);
        for (std::size_t i = 0; i < kFrames; ++i) {
            out[2 * i] += g * left.process(stem->left[i]);
            out[2 * i + 1] += g * right.process(stem->right[i]);
        }
    }
    Biquad left = Biquad::highShelf(kRate, 6000.0, treatment.highShelfDb);
    Biquad right = left;
    float peak = 0.0f;
    for (std::size_t i = 0; i < kFrames; ++i) {
        out[2 * i] = left.process(out[2 * i]);
        out[2 * i + 1] = right.process(out[2 * i + 1]);
        peak = std::max({peak, std::fabs(out[2 * i]), std::fabs(out[2 * i + 1])});
    }

    const float ceiling = gain(-1.0);
    if (treatment.driveDb <= 0.0) {
        const float scale = peak > 0.0f ? ceiling / peak : 1.0f;
        for (float& sample : out) {
            sample *= scale;
        }
        return out;
    }
    // Instant-attack limiter with a 60 ms release: never over the ceiling.
    const float drive = gain(treatment.driveDb) * ceiling / std::max(peak, 1e-9f);
    const float release = static_cast<float>(1.0 - std::exp(-1.0 / (0.06 * kRate)));
    float envelope = 1.0f;
    for (std::size_t i = 0; i < kFrames; ++i) {
        const float l = out[2 * i] * drive, r = out[2 * i + 1] * drive;
        const float level = std::max(std::fabs(l), std::fabs(r));
        const float wanted = level > ceiling ? ceiling / level : 1.0f;
        envelope = std::min(wanted, envelope + (1.0f - envelope) * release);
        out[2 * i] = l * envelope;
        out[2 * i + 1] = r * envelope;
    }
    return out;
}

bool writeWav(const QString& path, const std::vector<float>& samples, QString* error) {
    WavWriter writer(path, {DemoSession::kSampleRateHz, 2, WavWriter::SampleFormat::Int24, 0});
    if (!writer.open() || !writer.write(samples.data(), samples.size() / 2) || !writer.commit()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace

Result<DemoSession> DemoSession::ensure(const QString& directory) {
    const QDir dir(QDir(directory).filePath(QStringLiteral("demo-v%1").arg(kDemoVersion)));
    DemoSession session;
    session.mixPath = dir.filePath(QStringLiteral("Demo mix.wav"));
    session.referencePaths << dir.filePath(QStringLiteral("Demo reference (mastered).wav"));
    if (QFileInfo::exists(session.mixPath) && QFileInfo::exists(session.referencePaths.front())) {
        return session;
    }

    auto writeFailed = [&](const QString& detail) {
        return AnalysisError{
            AnalysisErrorKind::WriteFailed,
            QCoreApplication::translate("mixscope::DemoSession",
                                        "the demo files cannot be written to %1 (%2)")
                .arg(QDir::toNativeSeparators(dir.path()), detail)};
    };
    if (!dir.mkpath(QStringLiteral("."))) {
        return writeFailed(
            QCoreApplication::translate("mixscope::DemoSession", "the folder cannot be created"));
    }

    Stems stems;
    renderDrums(stems);
    renderTonal(stems);
    const Treatment mix{-3.0, -2.0, -4.0, 0.0, 2.0, -1.0, 6.0, -3.0, 0.0};
    const Treatment reference{0.0, 0.0, -1.0, -1.0, -2.0, 0.0, 0.0, 1.0, 9.0};
    QString error;
    if (!writeWav(session.mixPath, mixDown(stems, mix), &error) ||
        !writeWav(session.referencePaths.front(), mixDown(stems, reference), &error)) {
        return writeFailed(error);
    }
    return session;
}

} // namespace mixscope
