#pragma once

#include <QSaveFile>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace mixscope {

/// Writes a RIFF/WAVE file from float samples, atomically: the file appears
/// under its name only when commit() succeeds, so a crash leaves no half file.
/// Samples are clamped to ±1.0 and rounded for the integer formats.
/// WAVE_FORMAT_EXTENSIBLE is used for float and for more than two channels.
/// Not thread-safe; blocking file I/O.
class WavWriter {
public:
    enum class SampleFormat { Int16, Int24, Float32 };

    struct Format {
        int sampleRateHz = 44100;
        int channels = 2;
        SampleFormat sampleFormat = SampleFormat::Int24;
        std::uint32_t channelMask =
            0; ///< WAVE speaker mask; 0 = the usual one for the channel count
    };

    WavWriter(const QString& path, Format format);

    /// Creates the temporary file. False with errorString() on failure.
    bool open();
    /// interleaved: frames * channels floats.
    bool write(const float* interleaved, std::size_t frames);
    /// Completes the header and moves the file into place.
    bool commit();

    QString errorString() const;

private:
    QByteArray header(std::uint64_t dataBytes) const;
    int bytesPerSample() const;

    QSaveFile m_file;
    Format m_format;
    std::uint64_t m_dataBytes = 0;
    QByteArray m_buffer;
    QString m_error;
};

} // namespace mixscope
