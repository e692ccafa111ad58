#include "tests/support/testsignals.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace mixscope::test {

Signal sine(double frequencyHz, double dbfs, double seconds, int sampleRateHz, int channels,
            double phaseRadians) {
    Signal signal{sampleRateHz, channels, {}};
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRateHz));
    const double amplitude = std::pow(10.0, dbfs / 20.0);
    signal.samples.resize(frames * static_cast<std::size_t>(channels));
    for (std::size_t i = 0; i < frames; ++i) {
        const double value = amplitude * std::sin(2.0 * std::numbers::pi * frequencyHz *
                                                      static_cast<double>(i) / sampleRateHz +
                                                  phaseRadians);
        for (int c = 0; c < channels; ++c) {
            signal.samples[i * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)] =
                static_cast<float>(value);
        }
    }
    return signal;
}

Signal whiteNoise(double dbfs, double seconds, int sampleRateHz, int channels, std::uint32_t seed) {
    Signal signal{sampleRateHz, channels, {}};
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRateHz));
    const double amplitude = std::pow(10.0, dbfs / 20.0);
    signal.samples.resize(frames * static_cast<std::size_t>(channels));
    std::uint32_t state = seed == 0 ? 1u : seed;
    for (float& sample : signal.samples) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        sample = static_cast<float>(amplitude * ((state >> 8) * (2.0 / 16777216.0) - 1.0));
    }
    return signal;
}

Signal concatenate(const Signal& a, const Signal& b) {
    Signal out = a;
    out.samples.insert(out.samples.end(), b.samples.begin(), b.samples.end());
    return out;
}

Signal silence(double seconds, int sampleRateHz, int channels) {
    Signal signal{sampleRateHz, channels, {}};
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRateHz));
    signal.samples.assign(frames * static_cast<std::size_t>(channels), 0.0f);
    return signal;
}

Signal mix(const Signal& a, const Signal& b) {
    Signal out = a;
    const std::size_t count = std::min(a.samples.size(), b.samples.size());
    for (std::size_t i = 0; i < count; ++i) {
        out.samples[i] += b.samples[i];
    }
    return out;
}

Signal musicLike(double seconds, int sampleRateHz) {
    struct Partial {
        double frequencyHz;
        double amplitude;
        double rightGain;
        double rightPhaseRadians;
    };
    // A on the bass, an A major chord, and two bright partials that sit in
    // the codecs' psychoacoustic decisions; the right side differs a little.
    static constexpr std::array<Partial, 7> partials{{
        {110.0, 0.20, 1.0, 0.0},
        {220.0, 0.12, 0.9, 0.3},
        {277.18, 0.08, 1.1, 1.0},
        {329.63, 0.08, 0.8, 2.0},
        {440.0, 0.06, 1.0, 0.5},
        {2500.0, 0.03, 0.7, 1.5},
        {6000.0, 0.015, 1.2, 2.5},
    }};
    Signal signal = whiteNoise(-40.0, seconds, sampleRateHz, 2, 7);
    const double step = 2.0 * std::numbers::pi / sampleRateHz;
    for (std::size_t i = 0; i < signal.frames(); ++i) {
        const double t = static_cast<double>(i) / sampleRateHz;
        const double envelope = 0.55 + 0.45 * std::fabs(std::sin(std::numbers::pi * 2.0 * t));
        double left = 0.0;
        double right = 0.0;
        for (const Partial& p : partials) {
            const double phase = step * p.frequencyHz * static_cast<double>(i);
            left += p.amplitude * std::sin(phase);
            right += p.amplitude * p.rightGain * std::sin(phase + p.rightPhaseRadians);
        }
        signal.samples[2 * i] += static_cast<float>(envelope * left);
        signal.samples[2 * i + 1] += static_cast<float>(envelope * right);
    }
    return signal;
}

Signal interleave(const std::vector<Signal>& channels) {
    Signal out{channels.empty() ? 48000 : channels.front().sampleRateHz,
               static_cast<int>(channels.size()),
               {}};
    const std::size_t frames = channels.empty() ? 0 : channels.front().frames();
    out.samples.resize(frames * channels.size());
    for (std::size_t c = 0; c < channels.size(); ++c) {
        for (std::size_t i = 0; i < frames; ++i) {
            out.samples[i * channels.size() + c] = channels[c].samples[i];
        }
    }
    return out;
}

Signal channelOf(const Signal& signal, int channel) {
    Signal out{signal.sampleRateHz, 1, {}};
    out.samples.resize(signal.frames());
    const auto stride = static_cast<std::size_t>(signal.channels);
    for (std::size_t i = 0; i < out.samples.size(); ++i) {
        out.samples[i] = signal.samples[i * stride + static_cast<std::size_t>(channel)];
    }
    return out;
}

bool writeWav(const QString& path, const Signal& signal, WavWriter::SampleFormat format,
              QString* error) {
    return writeWavWithChannelMask(path, signal, 0, format, error);
}

bool writeWavWithChannelMask(const QString& path, const Signal& signal, std::uint32_t channelMask,
                             WavWriter::SampleFormat format, QString* error) {
    WavWriter writer(path, {signal.sampleRateHz, signal.channels, format, channelMask});
    if (writer.open() && writer.write(signal.samples.data(), signal.frames()) && writer.commit()) {
        return true;
    }
    if (error != nullptr) {
        *error = writer.errorString();
    }
    return false;
}

QByteArray readBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray sha256Of(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return hash.result();
}

bool runFfmpeg(const QStringList& arguments, QString* error) {
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty()) {
        if (error != nullptr) {
            *error =
                QStringLiteral("ffmpeg is not installed (packaging/install-deps.sh installs it)");
        }
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ffmpeg, QStringList{QStringLiteral("-y"), QStringLiteral("-nostdin"),
                                      QStringLiteral("-v"), QStringLiteral("error")} +
                              arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error != nullptr) {
            *error = QStringLiteral("ffmpeg %1 failed: %2")
                         .arg(arguments.join(QLatin1Char(' ')),
                              QString::fromLocal8Bit(process.readAll()));
        }
        return false;
    }
    return true;
}

} // namespace mixscope::test
