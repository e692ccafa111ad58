#pragma once

#include "core/analysis/trackanalysis.h"

#include <optional>
#include <vector>

namespace mixscope {

/// The mix against one reference (or against the references' average), after
/// loudness matching. Every delta is mix minus reference: a positive spectrum
/// delta means the mix has more in that band than the matched reference.
struct ReferenceDelta {
    /// Gain (dB) that brings the reference to the mix's integrated loudness.
    std::optional<double> matchGainDb;
    /// The same for the loudest section of each: references are mastered and
    /// mixes usually are not, so this compares the parts that matter most.
    std::optional<double> sectionMatchGainDb;

    /// Per 1/3-octave band present in both (Comparison::bandCentersHz), dB,
    /// after the integrated match; empty where either band is silent.
    std::vector<std::optional<double>> spectrumDeltaDb;
    /// Side-to-mid ratio (width) per band, mix minus reference, dB.
    std::vector<std::optional<double>> widthDeltaDb;

    std::optional<double> correlationDelta;
    std::optional<double> lowEndCorrelationDelta;
    std::optional<double> crestDeltaDb;
    std::optional<double> plrDeltaDb;
    std::optional<double> psrDeltaDb;
    std::optional<double> loudnessRangeDeltaLu;
    std::optional<double> transientStrengthDeltaDb;

    /// Where the spectrum comparison stops because a track's content does
    /// (Comparison::usableTopHz() of the mix or a reference, lower than the
    /// top compared band would need), Hz; empty when nothing cut it short.
    std::optional<double> spectrumTopHz;
};

/// The mix compared with each reference and with the references' average.
struct Comparison {
    std::vector<double> bandCentersHz;        ///< the bands every compared track has
    std::vector<ReferenceDelta> perReference; ///< in the order of the references given
    std::optional<ReferenceDelta> average;    ///< empty without references

    /// mix: the mix's analysis; references: theirs, in order. Sample rates may
    /// differ: bands are compared by frequency, those every track covers
    /// completely (up to 16 kHz at 44.1 kHz, 10 kHz at 22.05 kHz). Against
    /// each reference, only the bands under both tracks' usableTopHz() have
    /// a spectrum delta; the average only where the mix and every reference
    /// have content.
    static Comparison compare(const TrackAnalysis& mix,
                              const std::vector<const TrackAnalysis*>& references);

    /// The highest frequency a track's spectrum can be compared at, Hz: a
    /// sixth of an octave under its content top (an encoder's low-pass or a
    /// band-limited source, which rolls off before the cliff), else Nyquist.
    static double usableTopHz(const TrackAnalysis& track);

    /// Loudness (LUFS) of the loudest structural section, or the loudest
    /// short-term window when no sections were found.
    static std::optional<double> loudestSectionLufs(const TrackAnalysis& track);
};

} // namespace mixscope
