#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace mixscope {

/// Why a file could not be analysed. Every value comes with a user-facing,
/// translated message in AnalysisError::message; the kind is for code that
/// needs to react (tests, the UI's icon choice).
enum class AnalysisErrorKind {
    FileNotFound,      ///< the path does not exist
    NotAFile,          ///< the path is a folder, a pipe or a device, not a regular file
    PermissionDenied,  ///< the file, or a folder on its path, may not be read
    EmptyFile,         ///< the file has 0 bytes
    NotAudio,          ///< no known container format: text, image, random bytes
    NoAudioStream,     ///< a media container without an audio stream
    UnsupportedCodec,  ///< an audio stream in a codec this build cannot decode
    UnsupportedFormat, ///< a sample rate or channel count outside what Mixscope reads
    DamagedData,       ///< the audio data is damaged beyond use (decode errors)
    ReadFailed,        ///< the file could not be read to the end (I/O error, file removed)
    Silent,            ///< the file decodes to digital silence only
    TooQuiet,          ///< audible but below the -70 LUFS absolute gate
    TooShort,          ///< shorter than one 400 ms loudness block
    Cancelled,         ///< the caller cancelled the analysis
    WriteFailed,       ///< an output (report, session) could not be written
};

/// An error as a value: a kind for code, a sentence for people.
struct AnalysisError {
    AnalysisErrorKind kind;
    QString message; ///< one translated sentence without the file name, e.g. "the file is empty"
};

/// Either a value or an AnalysisError. Small on purpose: what callers need is
/// "did it work, and if not, why", never exceptions across Qt boundaries.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(AnalysisError error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const AnalysisError& error() const { return std::get<AnalysisError>(m_data); }

private:
    std::variant<T, AnalysisError> m_data;
};

} // namespace mixscope
