#pragma once

#include "core/analysis/dynamicsanalyzer.h"
#include "core/analysis/levelmeter.h"
#include "core/analysis/loudnessmeter.h"
#include "core/analysis/rhythmanalyzer.h"
#include "core/analysis/spectralanalyzer.h"

#include <QSemaphore>

#include <array>
#include <cstddef>
#include <vector>

class QThreadPool;

namespace mixscope {

/// Every meter of the single pass, fed the same blocks in the same order.
/// The spectral analyser (its two FFTs per hop make it about half of the
/// work) runs on a helper thread taken from a pool when one is idle there;
/// the loudness meter with its true-peak interpolator, the level, dynamics
/// and rhythm meters (together a little less) run on the caller's thread
/// alongside the decoding. One file uses two cores when they are free, and
/// several files share a pool without taking more threads than it has (a
/// helper is only ever an idle thread; when none is, every meter runs on the
/// caller's thread, and the next block asks again). Each meter sees exactly
/// the blocks it would see alone, so the results are the same bit for bit.
/// The helper reads a ring of kRingBlocks copies of the blocks: memory stays
/// bounded whoever is ahead.
/// One caller thread; finish() (or the destructor) before reading the meters.
class MeterSet {
public:
    static constexpr std::size_t kRingBlocks = 4;

    /// helpers: where to look for an idle thread (null: everything on the
    /// caller's thread); background: the helper lowers its priority as the
    /// caller's analysis does (core/common/threadpriority.h).
    MeterSet(int rateHz, QThreadPool* helpers = nullptr, bool background = false);
    /// Lets the helper finish the blocks it has and waits for it.
    ~MeterSet();
    MeterSet(const MeterSet&) = delete;
    MeterSet& operator=(const MeterSet&) = delete;

    void process(const float* interleaved, std::size_t frames);
    /// Waits until every meter has seen every block; read them after this.
    void finish();

    /// How many blocks the helper measured (tests: proof that it ran).
    std::size_t blocksOnHelper() const { return m_blocksOnHelper; }

    LoudnessMeter loudness;
    LevelMeter levels;
    SpectralAnalyzer spectral;
    DynamicsAnalyzer dynamics;
    RhythmAnalyzer rhythm;

private:
    struct Block {
        std::vector<float> samples;
        std::size_t frames = 0; ///< 0: the helper stops
    };

    void startHelper();
    void runHelper(std::size_t first);
    void processCallerShare(const float* interleaved, std::size_t frames);

    QThreadPool* m_helpers;
    bool m_background;
    bool m_helperRunning = false; ///< read and written by the caller's thread only
    std::array<Block, kRingBlocks> m_ring;
    std::size_t m_next = 0; ///< the ring block the caller fills next
    QSemaphore m_free{static_cast<int>(kRingBlocks)};
    QSemaphore m_filled;
    QSemaphore m_helperDone;
    std::size_t m_blocksOnHelper = 0; ///< written by the helper, read after finish()
};

} // namespace mixscope
