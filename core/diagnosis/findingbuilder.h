#pragma once

#include "core/diagnosis/finding.h"
#include "core/diagnosis/thresholds.h"

#include <QString>

#include <optional>
#include <vector>

namespace mixscope {

/// How a rule's measurement became a finding: its score (signed so that
/// larger is worse), the limits it is judged by, how many references agree
/// (agreementOf()) and how sure the basis can be.
struct Judgement {
    Judgement(double measuredScore, Limits judgedBy, double agreeing = 1.0, double scale = 1.0,
              std::optional<double> fullConfidenceAt = std::nullopt)
        : score(measuredScore)
        , limits(judgedBy)
        , agreement(agreeing)
        , confidenceScale(scale)
        , strongAt(fullConfidenceAt) {}

    double score = 0.0;
    Limits limits;
    double agreement = 1.0;
    /// Without a reference a judgement is less sure (thresholds::kNoReference…).
    double confidenceScale = 1.0;
    /// The score from which confidence is full; the problem limit when empty.
    std::optional<double> strongAt;
};

/// Builds findings the same way for every rule.
class FindingBuilder {
public:
    /// A finding of kind on basis, with value (the measured quantity as the
    /// evidence states it): severity from the judgement's limits (problem at
    /// or above `problem`, warning at or above `warning`, else info),
    /// confidence from the margin over the warning limit (0.55 at the limit,
    /// 1 at strongAt) times the agreement and the scale. Texts are left to
    /// the rule.
    static Finding make(FindingKind kind, FindingBasis basis, double value,
                        const Judgement& judgement);

    /// 0.55–1 from how far value is past threshold (1 at strongValue), times agreement.
    static double confidenceFrom(double value, double threshold, double strongValue,
                                 double agreement);
    static FindingSeverity severityFor(double value, const Limits& limits);

    /// Share of references that individually pass `threshold` as a
    /// confidence factor: all agree 1.0, half 0.75, none 0.5; 1.0 without any.
    static double agreementOf(const std::vector<double>& perReference, double threshold);

    /// Several references, judged by their spread: signedPerReference holds
    /// the measured difference from each (larger is worse), scorePerReference
    /// the score the limits judge (the same, or less what the tracks differ
    /// by anyway). False when the mix lies within their range (some reference
    /// has as much or more: nothing to say); a problem needs two references
    /// whose score passes the warning limit, or it is a warning (one
    /// reference is no consensus). The range is checked when
    /// signedPerReference holds two or more, the consensus when
    /// scorePerReference does; otherwise the finding stays as made.
    static bool judgeAcrossReferences(Finding& finding,
                                      const std::vector<double>& signedPerReference,
                                      const std::vector<double>& scorePerReference,
                                      const Limits& limits);

    /// A suggested amount of cut or boost for an excess, in whole dB: "2–4 dB",
    /// never more than thresholds::kLargestMoveDb.
    static QString amountRange(double excessDb);
    /// Whether the excess is more than amountRange() asks to move.
    static bool beyondOneMove(double excessDb);
    /// " The tracks differ by about 5.4 dB from band to band elsewhere too,
    /// so this counts as +2.1 dB." when the shape spread took 0.5 dB or more
    /// off the excess; excessDb and scoreDb as the evidence states them (a
    /// lack is negative: -19.4 dB counting as -7.5 dB), else empty.
    static QString shapeSpreadText(double excessDb, double scoreDb, double shapeSpreadDb);
    /// " (+1.2 to +3.4 dB against each)" for two or more references, else empty.
    static QString perReferenceText(const std::vector<double>& perReference);
};

} // namespace mixscope
