#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mixscope {

/// A bounded lock-free ring of fixed-size chunks of interleaved stereo audio
/// for one producer thread (the decoder worker) and one consumer thread (the
/// audio thread). All memory is allocated in the constructor; nothing after
/// it allocates, locks or waits.
///
/// Each chunk is labelled with the seek generation it was decoded for and
/// the output frame it starts at, so that the consumer can drop audio that a
/// seek has made stale without the producer having to know.
class ChunkQueue {
public:
    struct Chunk {
        std::uint32_t generation = 0;
        std::int64_t startFrame = 0; ///< output frame of samples[0]
        std::size_t frames = 0;      ///< valid frames in samples
        bool endOfStream = false;    ///< nothing follows in this generation (frames may be 0)
        float* samples = nullptr;    ///< chunkFrames() * 2 floats, L R L R …
    };

    ChunkQueue(std::size_t chunkCount, std::size_t chunkFrames)
        : m_storage(chunkCount * chunkFrames * 2)
        , m_chunks(chunkCount)
        , m_chunkFrames(chunkFrames) {
        for (std::size_t i = 0; i < chunkCount; ++i) {
            m_chunks[i].samples = m_storage.data() + i * chunkFrames * 2;
        }
    }

    std::size_t chunkFrames() const { return m_chunkFrames; }
    std::size_t capacity() const { return m_chunks.size(); }

    /// Chunks queued now; exact on either side's own thread, a snapshot elsewhere.
    std::size_t size() const {
        return m_written.load(std::memory_order_acquire) - m_read.load(std::memory_order_acquire);
    }

    /// Producer: the next free chunk to fill, or nullptr when the ring is full.
    Chunk* beginWrite() {
        const std::size_t written = m_written.load(std::memory_order_relaxed);
        if (written - m_read.load(std::memory_order_acquire) == m_chunks.size()) {
            return nullptr;
        }
        return &m_chunks[written % m_chunks.size()];
    }

    /// Producer: publishes the chunk beginWrite() returned.
    void commitWrite() { m_written.fetch_add(1, std::memory_order_release); }

    /// Consumer: the oldest queued chunk, or nullptr when none is queued.
    Chunk* front() {
        const std::size_t read = m_read.load(std::memory_order_relaxed);
        if (read == m_written.load(std::memory_order_acquire)) {
            return nullptr;
        }
        return &m_chunks[read % m_chunks.size()];
    }

    /// Consumer: releases the chunk front() returned.
    void pop() { m_read.fetch_add(1, std::memory_order_release); }

private:
    std::vector<float> m_storage;
    std::vector<Chunk> m_chunks;
    std::size_t m_chunkFrames;
    alignas(64) std::atomic<std::size_t> m_written{0};
    alignas(64) std::atomic<std::size_t> m_read{0};
};

} // namespace mixscope
