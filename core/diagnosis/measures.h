#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/finding.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace mixscope::measures {

/// Measures the rules share: band regions of a spectrum, statistics, and
/// where in the song a series stands out. Pure functions.

/// Power sum of levels in dB; -200 when there is no power.
double powerSumDb(const std::vector<double>& levelsDb);
/// Indices of the bands (of centersHz) whose centre lies within [lowHz, highHz].
std::vector<std::size_t> bandsWithin(const std::vector<double>& centersHz, double lowHz,
                                     double highHz);
/// The frequency edges of bands firstBand…lastBand.
FrequencyRange edgesOf(const SpectrumResult& spectrum, std::size_t firstBand, std::size_t lastBand);
/// Power-sum level (dB) of some bands of one frame of the band series; empty
/// when any of them is silent.
std::optional<double> frameLevel(const std::vector<std::optional<float>>& frame,
                                 const std::vector<std::size_t>& bands);
/// Power-sum level (dB) of some bands of the long-term mid spectrum; empty
/// when any is silent.
std::optional<double> longTermLevel(const SpectrumResult& spectrum,
                                    const std::vector<std::size_t>& bands);
/// A region's long-term level relative to the broadband level (40 Hz–12.5 kHz), dB.
std::optional<double> relativeLevel(const SpectrumResult& spectrum,
                                    const std::vector<std::size_t>& regionBands);
/// The mean of values[first…last]; empty when any is empty.
std::optional<double> meanOf(const std::vector<std::optional<double>>& values, std::size_t first,
                             std::size_t last);

double median(std::vector<double> values);
/// The value at `fraction` (0–1) of the sorted values (nearest rank below).
double percentile(std::vector<double> values, double fraction);

/// What the sibilance rule reads of a track's hop series: its kept summary
/// (a track from a profile) or the series' own, when the 5–10 kHz range has
/// three bands or more and both series twenty audible values or more;
/// empty otherwise.
std::optional<SpectrumResult::HopSummary> hopSummary(const SpectrumResult& spectrum);

/// The mix's spectrum against its own trend: a straight line fitted (least
/// squares, dB against octaves) to its bands over 100 Hz–4 kHz. The
/// residual per band (empty where the band is silent or the fit impossible).
std::vector<std::optional<double>> residualsFromTrend(const SpectrumResult& spectrum);

/// How much more power the mix has than the reference in bands first…last,
/// dB: the power sum of the mix's levels (mixDb) against the power sum of
/// the reference's (mixDb minus deltas, the matched reference), less the
/// median of the deltas over the broadband (40 Hz–12.5 kHz, at least 10
/// bands), so that a general level offset does not count. A region's level
/// is its energy: a loud band counts for more than a quiet one. Empty when a
/// band is missing.
std::optional<double> windowExcess(const std::vector<std::optional<double>>& mixDb,
                                   const std::vector<std::optional<double>>& deltas,
                                   const std::vector<double>& centersHz, std::size_t first,
                                   std::size_t last);

/// How different two spectra are in shape away from a region, dB: the
/// robust standard deviation (1.4826 × the median absolute deviation) of the
/// deltas over 40 Hz – thresholds::kShapeSpreadHighHz, leaving out the bands
/// within an octave of the region (lowHz…highHz), where a problem in the
/// region spreads too. About 0 for a mix against its own clean version;
/// 4–8 dB for two different released songs. Empty with fewer than 8 bands to
/// measure.
std::optional<double> shapeSpread(const std::vector<std::optional<double>>& deltas,
                                  const std::vector<double>& centersHz, double lowHz,
                                  double highHz);

/// shapeSpread() of the mix against each reference of comparison, in their
/// order (empty where too few bands are measured).
std::vector<std::optional<double>> referenceShapeSpreads(const Comparison& comparison, double lowHz,
                                                         double highHz);

/// The reference that is a version of the mix (its own clean version, an
/// earlier bounce): the closest one by shape spread (one per reference, as
/// shapeSpread() gives it), when that is under thresholds::kVersionSpreadDb
/// and some other reference is not a version. Different songs never come
/// that close; against a version the other references cannot outvote it.
std::optional<std::size_t> closestVersion(const std::vector<std::optional<double>>& spreadsDb);

/// A score (larger is worse) less factor times the part of a shape spread
/// over thresholds::kShapeSpreadFloorDb: what stands out beyond how
/// different the two tracks are anyway.
double netOfShapeSpread(double score, double shapeSpreadDb, double factor);

/// Per section of the mix: the region's level relative to the broadband
/// level, minus basisRelativeDb (the basis' long-term one), dB, times sign
/// (+1: more is worse); empty where the section has no audio.
std::vector<std::optional<double>> sectionExcess(const TrackAnalysis& mix,
                                                 const std::vector<std::size_t>& regionBands,
                                                 double basisRelativeDb, int sign);

/// The lowest and highest of the references' values of a measure when every
/// reference has one on the same side of zero as the mix's value and within
/// tolerance of it (a fact they share: not the mix's fault); empty otherwise
/// or without references.
std::optional<std::pair<double, double>>
sharedByReferences(const std::vector<const TrackAnalysis*>& references, double mixValue,
                   double tolerance,
                   const std::function<std::optional<double>(const TrackAnalysis&)>& measure);

/// Merges flagged frames of a series (weight > 0) into time ranges, joining
/// gaps up to joinGapS and dropping ranges shorter than minimumS; ordered by
/// the summed weight of their frames, largest first, at most maxRanges.
std::vector<TimeRange> rangesOf(const std::vector<double>& weight, double intervalS,
                                double joinGapS, double minimumS, std::size_t maxRanges);

/// The sections of the track where perSectionValue is at least threshold and
/// within thresholds::kWorstSectionSpreadDb of the worst, worst first; when
/// none is, the single worst one. A problem present everywhere points at the
/// stretch where it is worst instead of the whole song.
std::vector<TimeRange> worstSections(const TrackAnalysis& track,
                                     const std::vector<std::optional<double>>& perSectionValue,
                                     double threshold, std::size_t maxRanges);

} // namespace mixscope::measures
