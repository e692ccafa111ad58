#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace mixscope {

/// What a stretch of a song does, guessed from loudness and timbre alone (see
/// StructureAnalyzer for the rules). The guess is about energy, not harmony:
/// "chorus" means "a loudest part not entered from a build or a big jump".
enum class SectionLabel { Intro, Verse, Build, Drop, Chorus, Breakdown, Outro };

/// Stable snake_case id for reports and caches: "intro", "verse", "build",
/// "drop", "chorus", "breakdown", "outro".
inline QString sectionLabelId(SectionLabel label) {
    switch (label) {
    case SectionLabel::Intro:
        return QStringLiteral("intro");
    case SectionLabel::Verse:
        return QStringLiteral("verse");
    case SectionLabel::Build:
        return QStringLiteral("build");
    case SectionLabel::Drop:
        return QStringLiteral("drop");
    case SectionLabel::Chorus:
        return QStringLiteral("chorus");
    case SectionLabel::Breakdown:
        return QStringLiteral("breakdown");
    case SectionLabel::Outro:
        return QStringLiteral("outro");
    }
    return {};
}

/// The label with this id; empty for an unknown id.
inline std::optional<SectionLabel> sectionLabelFromId(QStringView id) {
    for (SectionLabel label :
         {SectionLabel::Intro, SectionLabel::Verse, SectionLabel::Build, SectionLabel::Drop,
          SectionLabel::Chorus, SectionLabel::Breakdown, SectionLabel::Outro}) {
        if (id == sectionLabelId(label)) {
            return label;
        }
    }
    return std::nullopt;
}

/// The label for people, in the application's language (context "mixscope::SectionLabel").
inline QString sectionLabelDisplayName(SectionLabel label) {
    switch (label) {
    case SectionLabel::Intro:
        return QCoreApplication::translate("mixscope::SectionLabel", "Intro");
    case SectionLabel::Verse:
        return QCoreApplication::translate("mixscope::SectionLabel", "Verse");
    case SectionLabel::Build:
        return QCoreApplication::translate("mixscope::SectionLabel", "Build-up");
    case SectionLabel::Drop:
        return QCoreApplication::translate("mixscope::SectionLabel", "Drop");
    case SectionLabel::Chorus:
        return QCoreApplication::translate("mixscope::SectionLabel", "Chorus");
    case SectionLabel::Breakdown:
        return QCoreApplication::translate("mixscope::SectionLabel", "Breakdown");
    case SectionLabel::Outro:
        return QCoreApplication::translate("mixscope::SectionLabel", "Outro");
    }
    return {};
}

/// One section: [startS, endS) seconds from the start of the track.
struct Section {
    double startS = 0.0;
    double endS = 0.0;
    SectionLabel label = SectionLabel::Verse;
    /// Power mean of the section's short-term loudness over its audible frames,
    /// LUFS; empty when every frame of the section is silent.
    std::optional<double> loudnessLufs;
};

/// Song structure: consecutive sections covering the whole input, first
/// starting at 0 and last ending at the input's duration. Empty for empty input.
struct StructureResult {
    std::vector<Section> sections;
    /// The minimum section length used for this track, seconds.
    double minimumSectionS = 0.0;
    /// Novelty at each frame boundary: entry i compares the frames before
    /// i * noveltyIntervalS with those after it. 1.0 is the detection threshold
    /// (about a 3 LU loudness step or a 3 dB change of spectral shape).
    std::vector<float> novelty;
    double noveltyIntervalS = 0.0;
};

} // namespace mixscope
