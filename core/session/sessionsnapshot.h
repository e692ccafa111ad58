#pragma once

#include "core/analysis/trackanalysis.h"
#include "core/compare/comparison.h"
#include "core/diagnosis/finding.h"
#include "core/profile/profiledistance.h"
#include "core/session/sessionentry.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mixscope {

/// One analysed track as the views show it.
struct ComparedTrack {
    std::shared_ptr<const TrackAnalysis> analysis; ///< never null
    QString name;                                  ///< title for legends and headers
    int row = -1;                                  ///< its row in the track list
    QString profile; ///< the profile it comes from (a row of many); empty for a file

    /// A file, which can be played; a profile's track cannot.
    bool playable() const { return profile.isEmpty(); }

    /// The title from the tags, else the file name without its extension.
    static QString titleOf(const TrackAnalysis& analysis);
};

/// What every view draws: the analysed mix, the analysed references in list
/// order, the comparison of one with the others and the findings about the
/// mix, worst first. A plain value, cheap to copy (analyses are shared).
struct SessionSnapshot {
    std::optional<ComparedTrack> mix; ///< empty until the mix is analysed
    std::vector<ComparedTrack> references;
    Comparison comparison; ///< Comparison::compare(mix, references); empty without a mix
    std::vector<Finding> findings;
    /// How far the mix sits from each profile it was measured against,
    /// closest first (ProfileDistance::rank); empty without a mix.
    std::vector<ProfileDistance> closestProfiles;

    /// Gain (dB) that brings reference i to the mix's loudness; empty when unknown.
    std::optional<double> matchGainDb(std::size_t reference) const {
        if (reference < comparison.perReference.size()) {
            return comparison.perReference[reference].matchGainDb;
        }
        return std::nullopt;
    }

    /// Compares mix with references and diagnoses it: a complete snapshot.
    /// Milliseconds; reads no file. Without a mix only the references are
    /// kept. The mix is ranked against profiles (closestProfiles).
    using Profiles = std::vector<std::shared_ptr<const ProfileSummary>>;
    static SessionSnapshot make(std::optional<ComparedTrack> mix,
                                std::vector<ComparedTrack> references,
                                const Profiles& profiles = {});

    /// The session of a command-line run: the first analysed mix against
    /// every analysed reference, in the entries' order (a track's row is its
    /// index in entries); failed files are left out. One comparison.
    static SessionSnapshot of(const std::vector<SessionEntry>& entries,
                              const Profiles& profiles = {});

    /// The indexes in tracks() of those that can be played (not from a
    /// profile), in order; empty without a mix.
    std::vector<std::size_t> playable() const {
        std::vector<std::size_t> indexes;
        const std::vector<ComparedTrack> all = mix ? tracks() : std::vector<ComparedTrack>{};
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].playable()) {
                indexes.push_back(i);
            }
        }
        return indexes;
    }

    /// Mix first, then the references.
    std::vector<ComparedTrack> tracks() const {
        std::vector<ComparedTrack> all;
        if (mix) {
            all.push_back(*mix);
        }
        all.insert(all.end(), references.begin(), references.end());
        return all;
    }
};

/// A command-line run: its files in the order given and their session,
/// compared and diagnosed once, for the summary, the JSON report and the
/// feedback sheet alike.
struct SessionRun {
    explicit SessionRun(std::vector<SessionEntry> files,
                        const SessionSnapshot::Profiles& profiles = {})
        : entries(std::move(files))
        , snapshot(SessionSnapshot::of(entries, profiles)) {}

    const std::vector<SessionEntry> entries;
    const SessionSnapshot snapshot; ///< SessionSnapshot::of(entries, profiles)
};

} // namespace mixscope
