#include "core/playback/playbacksource.h"

#include "core/dsp/samplerateconverter.h"
#include "core/io/audiodecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace mixscope {

namespace {

// Frames decoded per read from the file while feeding the converter.
constexpr std::size_t kDecodeFrames = 1024;
// Input frames decoded before a seek target when converting, so that the
// converter's filter is full of real audio by the time the target comes out.
constexpr std::int64_t kConverterPrerollFrames = 512;
// The file on disk is compared with the one opened every this many chunks
// (about 85 ms of audio at 48 kHz; two stat calls): a file rewritten under
// the reader stops before much of what now stands there is played.
constexpr int kChunksBetweenChecks = 4;

float fadeGain(PlaybackSource::FadeShape shape, double x) {
    return shape == PlaybackSource::FadeShape::Linear
               ? static_cast<float>(x)
               : static_cast<float>(std::sin(0.5 * std::numbers::pi * x));
}

} // namespace

PlaybackSource::PlaybackSource(std::unique_ptr<AudioDecoder> decoder,
                               std::unique_ptr<SampleRateConverter> converter, int outputRateHz,
                               std::size_t chunkCount)
    : m_decoder(std::move(decoder))
    , m_converter(std::move(converter))
    , m_info(m_decoder->info())
    , m_outputRateHz(outputRateHz)
    , m_queue(chunkCount, kChunkFrames) {
    if (m_info.claimedDurationS) {
        m_durationFrames = std::llround(*m_info.claimedDurationS * outputRateHz);
    }
    m_input.reserve(kDecodeFrames * 2);
    m_discard.resize(kChunkFrames * 2);
}

PlaybackSource::~PlaybackSource() = default;

Result<std::unique_ptr<PlaybackSource>> PlaybackSource::open(const QString& path, int outputRateHz,
                                                             double readAheadS) {
    auto decoder = AudioDecoder::open(path);
    if (!decoder) {
        return decoder.error();
    }
    std::unique_ptr<SampleRateConverter> converter;
    const int fileRateHz = decoder.value()->info().sampleRateHz;
    if (fileRateHz != outputRateHz) {
        auto created = SampleRateConverter::create(fileRateHz, outputRateHz);
        if (!created) {
            return created.error();
        }
        converter = std::move(created).value();
    }
    const double chunks = std::ceil(std::max(0.1, readAheadS) * outputRateHz / kChunkFrames);
    return std::unique_ptr<PlaybackSource>(
        new PlaybackSource(std::move(decoder).value(), std::move(converter), outputRateHz,
                           static_cast<std::size_t>(chunks) + 1));
}

void PlaybackSource::requestSeek(std::int64_t frame, Loop loop, FadeShape fadeShape,
                                 std::size_t fadeFrames) {
    while (m_queue.front() != nullptr) {
        m_queue.pop();
    }
    ++m_generation;
    m_expected = std::max<std::int64_t>(0, frame);
    m_loop = loop;
    m_ended = false;
    m_awaiting = true;
    m_fadeShape = fadeShape;
    m_fadeFrames = fadeFrames;
    m_fadePosition = 0;
    m_consumedFrames.store(0, std::memory_order_relaxed);
    m_consumerGeneration.store(m_generation, std::memory_order_release);

    const std::uint32_t sequence = m_requestSequence.load(std::memory_order_relaxed);
    m_requestSequence.store(sequence + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    m_requestGeneration.store(m_generation, std::memory_order_relaxed);
    m_requestFrame.store(m_expected, std::memory_order_relaxed);
    m_requestLoopOn.store(loop.on, std::memory_order_relaxed);
    m_requestLoopStart.store(loop.startFrame, std::memory_order_relaxed);
    m_requestLoopEnd.store(loop.endFrame, std::memory_order_relaxed);
    m_requestSequence.store(sequence + 2, std::memory_order_release);
}

PlaybackSource::Request PlaybackSource::loadRequest() const {
    for (;;) {
        const std::uint32_t before = m_requestSequence.load(std::memory_order_acquire);
        Request request;
        request.generation = m_requestGeneration.load(std::memory_order_relaxed);
        request.frame = m_requestFrame.load(std::memory_order_relaxed);
        request.loop.on = m_requestLoopOn.load(std::memory_order_relaxed);
        request.loop.startFrame = m_requestLoopStart.load(std::memory_order_relaxed);
        request.loop.endFrame = m_requestLoopEnd.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        const std::uint32_t after = m_requestSequence.load(std::memory_order_relaxed);
        if (before == after && (before & 1u) == 0) {
            return request;
        }
    }
}

std::size_t PlaybackSource::loopFadeFrames() const {
    const auto fade = static_cast<std::int64_t>(std::lround(kLoopFadeS * m_outputRateHz));
    return static_cast<std::size_t>(
        std::max<std::int64_t>(0, std::min(fade, (m_loop.endFrame - m_loop.startFrame) / 4)));
}

void PlaybackSource::advanceExpected(std::size_t frames) {
    const auto count = static_cast<std::int64_t>(frames);
    m_consumedFrames.fetch_add(count, std::memory_order_relaxed);
    if (m_loop.on && m_expected < m_loop.endFrame && m_expected + count >= m_loop.endFrame) {
        const std::int64_t length = m_loop.endFrame - m_loop.startFrame;
        m_expected = m_loop.startFrame + (m_expected + count - m_loop.endFrame) % length;
        // The wrap fades the loop's start in (its end faded out in read()).
        m_fadeShape = FadeShape::Linear;
        m_fadeFrames = loopFadeFrames();
        m_fadePosition = static_cast<std::size_t>(m_expected - m_loop.startFrame);
        return;
    }
    m_expected += count;
}

std::size_t PlaybackSource::read(float* out, std::size_t frames) {
    std::size_t done = 0;
    std::size_t delivered = 0;
    while (done < frames) {
        if (m_ended) {
            std::fill(out + 2 * done, out + 2 * frames, 0.0f);
            break;
        }
        ChunkQueue::Chunk* chunk = m_queue.front();
        if (chunk == nullptr) {
            const std::size_t missing = frames - done;
            std::fill(out + 2 * done, out + 2 * frames, 0.0f);
            if (!m_awaiting) {
                m_starved += static_cast<std::int64_t>(missing);
            }
            advanceExpected(missing);
            break;
        }
        if (chunk->generation != m_generation) {
            m_queue.pop();
            continue;
        }
        const std::int64_t start = chunk->startFrame;
        const std::int64_t end = start + static_cast<std::int64_t>(chunk->frames);
        // The file ended before the loop's end: the worker went back to the loop start early.
        if (m_loop.on && start == m_loop.startFrame && m_expected >= end) {
            m_expected = start;
        }
        if (chunk->endOfStream && m_expected >= start) {
            if (m_expected < end) {
                // Audio before the end in the same chunk is delivered first, below.
            } else {
                m_ended = true;
                m_queue.pop();
                continue;
            }
        }
        if (m_expected >= end) {
            m_queue.pop();
            continue;
        }
        if (m_expected < start) {
            // Audio from here on is not decoded yet (the worker lags a skip): wait in step.
            const auto gap = std::min<std::int64_t>(static_cast<std::int64_t>(frames - done),
                                                    start - m_expected);
            std::fill(out + 2 * done, out + 2 * (done + static_cast<std::size_t>(gap)), 0.0f);
            if (!m_awaiting) {
                m_starved += gap;
            }
            m_expected += gap;
            m_consumedFrames.fetch_add(gap, std::memory_order_relaxed);
            done += static_cast<std::size_t>(gap);
            continue;
        }
        std::int64_t take =
            std::min<std::int64_t>(static_cast<std::int64_t>(frames - done), end - m_expected);
        if (m_loop.on && m_expected < m_loop.endFrame) {
            take = std::min(take, m_loop.endFrame - m_expected);
        }
        const float* from = chunk->samples + 2 * (m_expected - start);
        float* to = out + 2 * done;
        std::memcpy(to, from, static_cast<std::size_t>(take) * 2 * sizeof(float));
        if (m_fadePosition < m_fadeFrames) {
            const auto fade = std::min<std::size_t>(static_cast<std::size_t>(take),
                                                    m_fadeFrames - m_fadePosition);
            for (std::size_t i = 0; i < fade; ++i) {
                const float gain = fadeGain(m_fadeShape, static_cast<double>(m_fadePosition + i) /
                                                             static_cast<double>(m_fadeFrames));
                to[2 * i] *= gain;
                to[2 * i + 1] *= gain;
            }
            m_fadePosition += fade;
        }
        if (m_loop.on && m_expected < m_loop.endFrame) {
            // The last frames before the wrap fade out: gain (frames left) / fade length.
            const auto fadeFrames = static_cast<std::int64_t>(loopFadeFrames());
            const std::int64_t fadeStart = m_loop.endFrame - fadeFrames;
            for (std::int64_t i = std::max<std::int64_t>(0, fadeStart - m_expected); i < take;
                 ++i) {
                const auto gain =
                    static_cast<float>(static_cast<double>(m_loop.endFrame - (m_expected + i) - 1) /
                                       static_cast<double>(fadeFrames));
                to[2 * i] *= gain;
                to[2 * i + 1] *= gain;
            }
        }
        m_awaiting = false;
        done += static_cast<std::size_t>(take);
        delivered += static_cast<std::size_t>(take);
        const bool chunkDone = m_expected + take == end;
        advanceExpected(static_cast<std::size_t>(take));
        if (chunkDone && !chunk->endOfStream) {
            m_queue.pop();
        }
    }
    return delivered;
}

bool PlaybackSource::hasBuffered(std::size_t frames) const {
    const std::uint32_t generation = m_producedGeneration.load(std::memory_order_acquire);
    if (generation != m_consumerGeneration.load(std::memory_order_acquire)) {
        return false;
    }
    if (m_producedEnd.load(std::memory_order_acquire) || m_failed.load(std::memory_order_acquire) ||
        m_queue.size() + 1 >= m_queue.capacity()) {
        return true;
    }
    const std::int64_t ahead = m_producedFrames.load(std::memory_order_acquire) -
                               m_consumedFrames.load(std::memory_order_acquire);
    return ahead >= static_cast<std::int64_t>(frames);
}

std::optional<AnalysisError> PlaybackSource::failure() const {
    if (!m_failed.load(std::memory_order_acquire)) {
        return std::nullopt;
    }
    return m_failure;
}

void PlaybackSource::fail(AnalysisError error) {
    if (m_failed.load(std::memory_order_relaxed)) {
        return; // the first reason stands; only this (producer) thread writes it
    }
    m_failure = std::move(error);
    m_failed.store(true, std::memory_order_release);
}

void PlaybackSource::checkSource() {
    switch (m_decoder->sourceChange()) {
    case AudioDecoder::SourceChange::Rewritten:
        // What the reader finds now is partly another file: nothing more of it is played.
        m_changedOnDisk = true;
        m_inputEnded = true;
        fail({AnalysisErrorKind::ReadFailed,
              QCoreApplication::translate("mixscope::PlaybackSource",
                                          "the file was changed on disk while it was playing "
                                          "(written to or cut short)")});
        break;
    case AudioDecoder::SourceChange::ReplacedOrDeleted:
        m_replaced.store(true, std::memory_order_release);
        break;
    case AudioDecoder::SourceChange::None:
        break;
    }
}

// The decoder gave no more audio: the end, an error, or a file changed under
// it, which reads as an early end or as damage and so is checked first.
void PlaybackSource::readStopped() {
    checkSource();
    if (m_decoder->error()) {
        fail(*m_decoder->error());
    }
}

void PlaybackSource::seekProducer(std::int64_t frame) {
    m_producerFrame = frame;
    m_input.clear();
    m_inputOffset = 0;
    m_inputEnded = m_changedOnDisk;
    m_discardFrames = 0;
    if (m_changedOnDisk) {
        return;
    }
    bool sought = false;
    if (!m_converter) {
        sought = m_decoder->seek(frame);
    } else {
        const double ratio = m_converter->ratio();
        const auto target =
            static_cast<std::int64_t>(std::floor(static_cast<double>(frame) / ratio));
        const std::int64_t from = std::max<std::int64_t>(0, target - kConverterPrerollFrames);
        sought = m_decoder->seek(from);
        m_converter->reset();
        m_discardFrames =
            std::llround(static_cast<double>(frame) - static_cast<double>(from) * ratio);
    }
    if (!sought) {
        m_inputEnded = true;
        readStopped();
    }
}

std::size_t PlaybackSource::pull(float* out, std::size_t frames) {
    std::size_t got = 0;
    if (!m_converter) {
        AudioBlock block;
        while (got < frames && !m_inputEnded) {
            // Reuses m_input's capacity: AudioBlock owns a vector, swapped in and out.
            block.samples.swap(m_input);
            const bool more = m_decoder->read(block, frames - got);
            block.samples.swap(m_input);
            if (!more) {
                m_inputEnded = true;
                readStopped();
                break;
            }
            std::memcpy(out + 2 * got, m_input.data(), m_input.size() * sizeof(float));
            got += m_input.size() / 2;
        }
        m_input.clear();
        return got;
    }
    while (got < frames) {
        if (m_inputOffset * 2 >= m_input.size() && !m_inputEnded) {
            AudioBlock block;
            block.samples.swap(m_input);
            if (!m_decoder->read(block, kDecodeFrames)) {
                m_inputEnded = true;
                readStopped();
            }
            block.samples.swap(m_input);
            m_inputOffset = 0;
        }
        const std::size_t available = m_input.size() / 2 - m_inputOffset;
        const float* input = m_input.data() + 2 * m_inputOffset;
        SampleRateConverter::Progress progress;
        if (m_discardFrames > 0) {
            const auto capacity = std::min<std::size_t>(static_cast<std::size_t>(m_discardFrames),
                                                        m_discard.size() / 2);
            progress =
                m_converter->process(input, available, m_discard.data(), capacity, m_inputEnded);
            m_discardFrames -= static_cast<std::int64_t>(progress.outputFramesWritten);
        } else {
            progress =
                m_converter->process(input, available, out + 2 * got, frames - got, m_inputEnded);
            got += progress.outputFramesWritten;
        }
        m_inputOffset += progress.inputFramesUsed;
        if (progress.inputFramesUsed == 0 && progress.outputFramesWritten == 0 &&
            (m_inputEnded || available > 0)) {
            break; // drained, or the converter wants nothing more: the end
        }
    }
    return got;
}

bool PlaybackSource::produce() {
    const Request request = loadRequest();
    if (request.generation != m_producerGeneration) {
        m_producerGeneration = request.generation;
        m_producerLoop = request.loop;
        m_producerEnded = false;
        seekProducer(request.frame);
        m_producedFrames.store(0, std::memory_order_relaxed);
        m_producedEnd.store(false, std::memory_order_relaxed);
        m_producedGeneration.store(request.generation, std::memory_order_release);
    }
    if (m_producerEnded) {
        return false;
    }
    ChunkQueue::Chunk* chunk = m_queue.beginWrite();
    if (chunk == nullptr) {
        return false;
    }
    const Loop& loop = m_producerLoop;
    std::size_t limit = kChunkFrames;
    if (loop.on && m_producerFrame < loop.endFrame) {
        limit = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(limit),
                                                                loop.endFrame - m_producerFrame));
    }
    if (++m_chunksSinceCheck >= kChunksBetweenChecks) {
        m_chunksSinceCheck = 0;
        checkSource();
    }
    const std::size_t frames = m_changedOnDisk ? 0 : pull(chunk->samples, limit);
    chunk->generation = m_producerGeneration;
    chunk->startFrame = m_producerFrame;
    chunk->frames = frames;
    chunk->endOfStream = false;
    const bool atEnd = frames < limit;
    const bool wrap =
        loop.on && (atEnd || m_producerFrame + static_cast<std::int64_t>(frames) == loop.endFrame);
    if (atEnd && !wrap) {
        chunk->endOfStream = true;
    }
    if (frames > 0 || chunk->endOfStream) {
        m_queue.commitWrite();
    }
    m_producerFrame += static_cast<std::int64_t>(frames);
    m_producedFrames.fetch_add(static_cast<std::int64_t>(frames), std::memory_order_release);
    if (chunk->endOfStream) {
        m_producerEnded = true;
        m_producedEnd.store(true, std::memory_order_release);
    } else if (wrap) {
        if (atEnd && frames == 0 && m_producerFrame <= loop.startFrame) {
            // The loop starts at or after the end of the file: nothing to repeat.
            m_producerEnded = true;
            m_producedEnd.store(true, std::memory_order_release);
        } else {
            seekProducer(loop.startFrame);
        }
    }
    return true;
}

} // namespace mixscope
