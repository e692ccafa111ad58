#pragma once

#include "core/io/wavwriter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace mixscope::test {

/// Interleaved float signal with its format, made by the tests themselves.
struct Signal {
    int sampleRateHz = 48000;
    int channels = 2;
    std::vector<float> samples; ///< frames * channels

    std::size_t frames() const { return samples.size() / static_cast<std::size_t>(channels); }
};

/// A sine of amplitude 10^(dbfs/20) at frequencyHz on every channel.
Signal sine(double frequencyHz, double dbfs, double seconds, int sampleRateHz = 48000,
            int channels = 2, double phaseRadians = 0.0);

/// Uniform white noise, deterministic for a given seed, peak amplitude 10^(dbfs/20);
/// each channel gets its own independent sequence.
Signal whiteNoise(double dbfs, double seconds, int sampleRateHz = 48000, int channels = 2,
                  std::uint32_t seed = 1);

/// Appends b to a (same rate and channels).
Signal concatenate(const Signal& a, const Signal& b);

/// Digital silence: every sample exactly 0.
Signal silence(double seconds, int sampleRateHz = 48000, int channels = 2);

/// Sample-wise sum a + b (same rate and channels; the result has a's length,
/// b is zero-padded or cut).
Signal mix(const Signal& a, const Signal& b);

/// Music-like stereo material: a bass line, a chord and a bright partial with
/// a slow amplitude envelope, different on each side, over quiet white noise.
/// Broadband and not steady, so codecs have real work to do. Peak about -6 dBFS.
Signal musicLike(double seconds, int sampleRateHz = 48000);

/// One signal whose channel i is the single-channel signal channels[i]
/// (all of the same rate and length).
Signal interleave(const std::vector<Signal>& channels);

/// Takes channel `channel` of signal as a single-channel signal.
Signal channelOf(const Signal& signal, int channel);

/// Writes signal as a WAV file; QFAIL-friendly: returns false with a message in *error.
bool writeWav(const QString& path, const Signal& signal,
              WavWriter::SampleFormat format = WavWriter::SampleFormat::Float32,
              QString* error = nullptr);

/// Writes a WAV with an explicit WAVE_FORMAT_EXTENSIBLE speaker mask,
/// e.g. 0x60F for 5.1(side): FL FR FC LFE SL SR.
bool writeWavWithChannelMask(const QString& path, const Signal& signal, std::uint32_t channelMask,
                             WavWriter::SampleFormat format = WavWriter::SampleFormat::Float32,
                             QString* error = nullptr);

/// Whole file content; empty if it cannot be read.
QByteArray readBytes(const QString& path);

/// Writes bytes as the whole content of path; false if that fails.
bool writeBytes(const QString& path, const QByteArray& bytes);

/// SHA-256 of the file content; empty if it cannot be read.
QByteArray sha256Of(const QString& path);

/// Runs the ffmpeg command-line tool with arguments (prefixed with -y -v error).
/// Returns false with ffmpeg's output in *error when it is missing or fails.
bool runFfmpeg(const QStringList& arguments, QString* error = nullptr);

} // namespace mixscope::test
