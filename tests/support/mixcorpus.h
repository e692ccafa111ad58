#pragma once

#include "core/diagnosis/finding.h"
#include "tests/support/testsignals.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace mixscope::test {

/// A degraded-mix corpus for calibrating the diagnosis: short songs made of
/// real parts (kick, snare, hats, bass, pads, a lead with sung-like sibilants),
/// mixed cleanly, then each mixdown problem injected at a strong and a subtle
/// strength. Everything is deterministic for a given song.

/// One song of the corpus: tempo, key, groove and balance differ between songs.
struct CorpusSong {
    QString name;
    std::uint32_t seed = 1;
    double tempoBpm = 120.0;
    int rootMidiNote = 33; ///< the bass's root (A1 = 33)
    bool fourOnTheFloor = true;
    int sampleRateHz = 44100;
};

/// Six songs, 90–140 BPM, different keys, grooves, balances and two sample rates.
std::vector<CorpusSong> corpusSongs();

/// The parts of one rendered song, each stereo at the song's rate and of equal length.
struct CorpusStems {
    int sampleRateHz = 44100;
    Signal kick, snare, hats, bass, pads, lead, sibilants;
    /// Section starts, seconds: intro at 0, verse, chorus; the song ends at durationS.
    double verseStartS = 0.0;
    double chorusStartS = 0.0;
    double durationS = 0.0;
};

/// Renders the song's parts: 2 bars intro, 4 bars verse, 6 bars chorus.
CorpusStems renderSong(const CorpusSong& song);

/// The problems the corpus injects and the finding each must raise.
enum class Defect {
    Mud,             ///< +6 / +3 dB peak at 300 Hz on the mix bus
    Boxiness,        ///< +6 / +3 dB peak at 650 Hz
    Harshness,       ///< +6 / +3 dB peak at 3.5 kHz
    Sibilance,       ///< the lead's sibilants +12 / +7 dB (no de-esser)
    TooBright,       ///< high shelf +6 / +3 dB from 5 kHz
    TooDark,         ///< high shelf -6 / -3 dB from 5 kHz
    SubRumble,       ///< 25–35 Hz rumble at -12 / -20 dB under the mix's RMS
    OverCompression, ///< heavy / moderate bus compression and limiting, loudness-normalised back
    WideBass,        ///< right channel inverted below 150 Hz / delayed 2.5 ms below 150 Hz
    HaasDelay,       ///< right channel of pads, lead, snare and hats delayed 15 ms / lead 10 ms
    Clipping,        ///< driven 6 / 1.5 dB into a hard clipper at full scale
    DcOffset,        ///< +2 % / +0.3 % of full scale
    LowHeadroom,     ///< normalised to a -0.1 / -0.7 dBFS sample peak
    StereoImbalance, ///< left channel +3 / +1.5 dB
};
enum class DefectStrength { Strong, Subtle };

std::vector<Defect> allDefects();
FindingKind expectedFinding(Defect defect);
QString defectName(Defect defect);

/// The clean mix: stems summed with the song's balance, peak at -6 dBFS.
Signal cleanMix(const CorpusStems& stems);

/// The mix with one problem injected (at stem or bus level, as an engineer
/// would cause it). Level is left as the problem leaves it, except where the
/// defect says otherwise (over-compression is loudness-normalised back).
Signal degradedMix(const CorpusStems& stems, Defect defect, DefectStrength strength);

/// The same problem injected into a finished full mix (real music has no
/// stems), as close to the stem-level injection as the bus allows:
/// - Mud, boxiness, harshness, the shelves, sub rumble, over-compression,
///   wide bass, clipping, DC offset, low headroom and imbalance are bus-level
///   in degradedMix() too and are the same here. The compressor's thresholds
///   and the limiter's ceiling sit as far under the mix's sample peak as
///   degradedMix() puts them under its clean mix's -6 dBFS.
/// - Sibilance: there is no sibilant stem, so the loudest bursts of 5–10 kHz
///   get louder instead, as a vocal chain without a de-esser leaves them: the
///   5–10 kHz band (zero-phase, split off exactly) gains up to +12 / +7 dB
///   where its envelope (1 ms attack, 40 ms release) is above the level it
///   exceeds 10 % of the time, in full from 6 dB above it. In music without
///   a voice, these bursts are cymbals, hats and consonant-like attacks.
/// - Haas delay: strong delays the right channel above 150 Hz by 15 ms
///   (every part but kick and bass, as degradedMix() delays pads, lead, snare
///   and hats); subtle delays only the right channel's 1–5 kHz by 10 ms, the
///   range a lead or a vocal lives in (degradedMix() delays the lead). The
///   bands are split with zero-phase filters whose parts sum back exactly.
/// The variant is loudness-matched to mix (the project's meter) unless the
/// problem is about level: clipping, DC offset, low headroom and imbalance
/// keep the level they leave (fullMixVariantIsLoudnessMatched()).
/// Deterministic; mix must be stereo.
Signal degradedFullMix(const Signal& mix, Defect defect, DefectStrength strength);

/// Whether degradedFullMix() brings this problem back to the clean mix's loudness.
bool fullMixVariantIsLoudnessMatched(Defect defect);

/// Integrated loudness of a stereo signal (the project's own meter), LUFS.
double integratedLufs(const Signal& signal);

} // namespace mixscope::test
