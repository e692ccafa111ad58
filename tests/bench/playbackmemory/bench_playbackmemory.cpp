// Peak memory of playback against the length of the file (a benchmark, not a
// test: tests/bench/playback-memory.sh runs it on a 1- and a 60-minute file).
// Plays FILE device-free as a mix and as a reference at 48 kHz for 30 s from
// the start, then 5 s from its middle and from near its end, and prints the
// process's peak memory, which should not depend on the file's length:
// playback streams from disk with a bounded read-ahead per track.

#include "core/playback/playbackengine.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mixscope;

namespace {

constexpr int kRateHz = 48000;

// Renders frames in device-sized buffers, each once the worker has decoded it.
bool renderFrames(PlaybackEngine& engine, std::size_t frames) {
    constexpr std::size_t kBufferFrames = 480;
    std::vector<float> out(kBufferFrames * 2);
    for (std::size_t done = 0; done < frames;) {
        const std::size_t count = std::min(kBufferFrames, frames - done);
        if (!engine.waitForBuffers(count, 5000)) {
            return false;
        }
        engine.render(out.data(), count);
        done += count;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_playbackmemory FILE\n");
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    PlaybackEngine engine(kRateHz);
    const auto errors = engine.setTracks({{file, 0.0}, {file, -3.0}});
    for (const auto& error : errors) {
        if (error) {
            std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(error->message));
            return 1;
        }
    }
    const double durationS = engine.durationS(0);
    engine.play();
    engine.render(nullptr, 0); // applies the commands
    bool inTime = renderFrames(engine, std::size_t{30} * kRateHz);
    for (const double at : {durationS / 2.0, durationS - 6.0}) {
        engine.seek(at);
        engine.selectTrack(engine.currentTrack() == 0 ? 1 : 0);
        engine.render(nullptr, 0);
        inTime = renderFrames(engine, std::size_t{5} * kRateHz) && inTime;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("played 40 s of a %.0f s file as two tracks: peak RSS %.1f MB%s\n", durationS,
                static_cast<double>(usage.ru_maxrss) / 1024.0,
                inTime ? "" : " (the worker fell behind)");
    return 0;
}
