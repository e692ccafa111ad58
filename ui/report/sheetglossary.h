#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace mixscope {

/// "What the numbers mean": the feedback sheet's glossary, each measure in
/// a producer's words (translated in context "mixscope::FeedbackSheet").
class SheetGlossary {
    Q_DECLARE_TR_FUNCTIONS(mixscope::FeedbackSheet)

public:
    /// Term and explanation, in the order the sheet prints them.
    static std::vector<std::pair<QString, QString>> entries();
};

} // namespace mixscope
