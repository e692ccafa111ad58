#pragma once

#include <QByteArray>
#include <QString>

namespace mixscope::fuzz {

/// Runs untrusted bytes through the whole decode → analyse → diagnose →
/// report path, from memory, and checks what a user could rely on: a file
/// either analyses to finite figures or fails with an AnalysisError of a
/// kind a file can cause and a message to show. Returns an empty string
/// when every check holds, else what broke. A crash, a hang or a sanitizer
/// report is a failure too, found by whoever calls it: the libFuzzer target
/// (fuzz_analyze) and the regression test (tst_fuzzregressions), which runs
/// the seed corpus and every crasher ever found without needing clang.
QString checkUntrustedInput(const QByteArray& bytes);

} // namespace mixscope::fuzz
