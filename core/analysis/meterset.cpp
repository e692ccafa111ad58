#include "core/analysis/meterset.h"

#include "core/common/threadpriority.h"

#include <QThreadPool>

#include <algorithm>

namespace mixscope {

MeterSet::MeterSet(int rateHz, QThreadPool* helpers, bool background)
    : loudness(rateHz)
    , levels(rateHz)
    , spectral(rateHz)
    , dynamics(rateHz)
    , rhythm(rateHz)
    , m_helpers(helpers)
    , m_background(background) {}

MeterSet::~MeterSet() {
    finish();
}

void MeterSet::processCallerShare(const float* interleaved, std::size_t frames) {
    loudness.process(interleaved, frames);
    levels.process(interleaved, frames);
    dynamics.process(interleaved, frames);
    rhythm.process(interleaved, frames);
}

void MeterSet::startHelper() {
    const std::size_t first = m_next;
    m_helperRunning = m_helpers->tryStart([this, first] { runHelper(first); });
}

void MeterSet::runHelper(std::size_t first) {
    if (m_background) {
        lowerCurrentThreadPriority();
    }
    for (std::size_t index = first;; index = (index + 1) % kRingBlocks) {
        m_filled.acquire();
        const Block& block = m_ring[index];
        if (block.frames == 0) {
            break;
        }
        spectral.process(block.samples.data(), block.frames);
        ++m_blocksOnHelper;
        m_free.release();
    }
    m_helperDone.release();
}

void MeterSet::process(const float* interleaved, std::size_t frames) {
    if (frames == 0) {
        return;
    }
    if (!m_helperRunning && m_helpers != nullptr) {
        startHelper();
    }
    if (!m_helperRunning) {
        processCallerShare(interleaved, frames);
        spectral.process(interleaved, frames);
        return;
    }
    // The helper gets a copy: the decoder reuses its buffer for the next block.
    m_free.acquire();
    Block& block = m_ring[m_next];
    block.samples.assign(interleaved, interleaved + 2 * frames);
    block.frames = frames;
    m_next = (m_next + 1) % kRingBlocks;
    m_filled.release();
    processCallerShare(interleaved, frames);
}

void MeterSet::finish() {
    if (!m_helperRunning) {
        return;
    }
    m_free.acquire();
    m_ring[m_next].frames = 0;
    m_next = (m_next + 1) % kRingBlocks;
    m_filled.release();
    m_helperDone.acquire();
    // Back to a full ring for a helper started later.
    m_free.release(static_cast<int>(kRingBlocks) - m_free.available());
    m_helperRunning = false;
}

} // namespace mixscope
