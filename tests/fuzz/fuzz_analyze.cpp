// libFuzzer target: untrusted bytes through decode → analyse → diagnose →
// report, from memory. Build with the `fuzz` preset (clang); see
// CONTRIBUTING.md for how to run it.
#include "tests/fuzz/untrustedinput.h"

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Qt's own warnings (QBuffer, QIODevice) would flood the fuzzer's console;
// a fatal message still aborts, which the fuzzer reports as a crash.
void dropMessages(QtMsgType type, const QMessageLogContext&, const QString&) {
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    qInstallMessageHandler(dropMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString problem = mixscope::fuzz::checkUntrustedInput(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "fuzz_analyze: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
