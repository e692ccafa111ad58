#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/profile/referenceprofile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace mixscope {

/// A profile as the ranking needs it: its name, how many tracks, where it is
/// and its figures (ReferenceProfile::figures()); a plain value.
struct ProfileSummary {
    QString name;
    QString path;
    int trackCount = 0;
    ProfileFigures figures;

    static ProfileSummary of(const ReferenceProfile& profile, const QString& path);
};

/// How far a mix sits from a profile (docs/profiles.md, "Closest profile").
/// Each feature is measured in the profile's own spread: z = (mix − median)
/// ÷ half the 10th–90th percentile width (never less than the feature's
/// floor, so a profile of one track still has a yardstick). A group's figure
/// is the root mean square of its features' z; the distance is the root mean
/// square over the groups, the tonal balance counting twice and the tempo as
/// much as the beat tracker is sure of it. 1 is the edge of the profile's
/// usual range in every feature at once.
struct ProfileDistance {
    Q_DECLARE_TR_FUNCTIONS(mixscope::ProfileDistance)

public:
    enum class Closeness { Within, Near, Far };

    QString name;
    QString path;
    int trackCount = 0;
    double distance = 0.0;
    /// What the ranking orders by: as the distance, but each measure's z²
    /// plus 2 · ln(spread ÷ floor), as a Gaussian's negative log-likelihood
    /// does. A profile whose tracks differ widely is near to everything; it
    /// is closest only where no tighter profile fits. Equals the distance for
    /// a profile whose spreads are all at their floors.
    double score = 0.0;
    std::optional<double> tonalBalance; ///< 1/3-octave levels against the loudness, 40 Hz–12.5 kHz
    std::optional<double> width;        ///< side against mid per band, low-end correlation
    std::optional<double> dynamics;     ///< crest factor, loudness range, transient strength
    std::optional<double> tempo; ///< octave errors forgiven; weighted by the mix's tempo confidence

    /// Within: distance ≤ 1; Near: ≤ 2; Far beyond.
    Closeness closeness() const;
    static QString closenessId(Closeness closeness); ///< "within", "near", "far"

    /// For people, one sentence per profile of ranked (closest first):
    /// "Most like your “Deep house” references (12 tracks): within their
    /// usual range (distance 0.8)." then "“Rock” (6 tracks): near (1.6)."
    static QStringList describe(const std::vector<ProfileDistance>& ranked);

    /// Empty when the mix and the profile share no feature.
    static std::optional<ProfileDistance> measure(const TrackAnalysis& mix,
                                                  const ProfileSummary& profile);
    /// The profiles the mix can be measured against, closest (lowest score) first, ties by name.
    static std::vector<ProfileDistance>
    rank(const TrackAnalysis& mix,
         const std::vector<std::shared_ptr<const ProfileSummary>>& profiles);
};

} // namespace mixscope
