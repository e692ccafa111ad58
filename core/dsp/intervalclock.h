#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace mixscope {

/// Cuts a stream of frames into intervals of intervalS seconds. Each boundary
/// is rounded on its own (boundary k at round(k · rate · interval)), so that
/// intervals that are not a whole number of frames — 5 ms at 44.1 kHz is
/// 220.5 — do not drift. A plain value; not thread-safe.
class IntervalClock {
public:
    IntervalClock(int sampleRateHz, double intervalS)
        : m_framesPerInterval(static_cast<double>(sampleRateHz) * intervalS) {}

    /// Frames left before the current interval ends (at least 1).
    std::size_t framesUntilBoundary() const {
        return static_cast<std::size_t>(boundary(m_completed + 1) - m_frames);
    }

    /// Counts frames (at most framesUntilBoundary()); true when they complete
    /// the current interval.
    bool advance(std::size_t frames) {
        m_frames += static_cast<std::int64_t>(frames);
        if (m_frames < boundary(m_completed + 1)) {
            return false;
        }
        ++m_completed;
        return true;
    }

    /// Frames in the interval that advance() last completed.
    std::int64_t lastIntervalFrames() const {
        return boundary(m_completed) - boundary(m_completed - 1);
    }

    std::int64_t completedIntervals() const { return m_completed; }

private:
    std::int64_t boundary(std::int64_t k) const {
        return k <= 0 ? 0 : std::llround(static_cast<double>(k) * m_framesPerInterval);
    }

    double m_framesPerInterval;
    std::int64_t m_frames = 0;
    std::int64_t m_completed = 0;
};

} // namespace mixscope
