#pragma once

#include "core/session/sessionsnapshot.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace mixscope {

/// The score card's figures, as the Overview and the PDF sheet show them: one
/// row per measure (integrated loudness, match gain, loudness range, true
/// peak, PLR, crest factor, correlation, low-end correlation, tempo, sample
/// rate, bit depth), one value per track in SessionSnapshot::tracks() order
/// (the mix first). Pure functions of the snapshot.
class ScoreCard {
    Q_DECLARE_TR_FUNCTIONS(mixscope::ScoreCard)

public:
    struct Row {
        QString name;       ///< "Integrated loudness"
        QString help;       ///< what it means, in one line
        QStringList values; ///< one per track, with its unit; "—" where undefined
    };

    static std::vector<Row> rows(const SessionSnapshot& snapshot);

    /// What the mix was measured against: "against 1 reference, loudness-matched".
    static QString basis(const SessionSnapshot& snapshot);
    /// "3 findings: 2 problems, 1 warning", or "nothing stands out".
    static QString findingCount(const SessionSnapshot& snapshot);
};

} // namespace mixscope
