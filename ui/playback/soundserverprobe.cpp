#include "ui/playback/soundserverprobe.h"

#if MIXSCOPE_HAVE_LIBPULSE
#include <pulse/pulseaudio.h>

#include <chrono>
#include <memory>
#endif

namespace mixscope {

#if MIXSCOPE_HAVE_LIBPULSE

namespace {

struct MainloopDeleter {
    void operator()(pa_mainloop* loop) const { pa_mainloop_free(loop); }
};
struct ContextDeleter {
    void operator()(pa_context* context) const {
        pa_context_disconnect(context);
        pa_context_unref(context);
    }
};

struct Query {
    SoundServerProbe::Outputs outputs;
    int pending = 0; // operations still running
};

void onServerInfo(pa_context* /*context*/, const pa_server_info* info, void* data) {
    auto* query = static_cast<Query*>(data);
    if (info != nullptr && info->default_sink_name != nullptr) {
        query->outputs.defaultOutput = QByteArray(info->default_sink_name);
    }
    --query->pending;
}

void onSinkInfo(pa_context* /*context*/, const pa_sink_info* info, int last, void* data) {
    auto* query = static_cast<Query*>(data);
    if (last != 0) {
        --query->pending;
        return;
    }
    if (info != nullptr && info->name != nullptr) {
        query->outputs.outputs.append(QByteArray(info->name));
    }
}

} // namespace

std::optional<SoundServerProbe::Outputs> SoundServerProbe::ask(int timeoutMs) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    const std::unique_ptr<pa_mainloop, MainloopDeleter> loop(pa_mainloop_new());
    if (!loop) {
        return std::nullopt;
    }
    const std::unique_ptr<pa_context, ContextDeleter> context(
        pa_context_new(pa_mainloop_get_api(loop.get()), "Mixscope output check"));
    if (!context) {
        return std::nullopt;
    }
    // Runs the loop until done() or the deadline; false on the deadline.
    const auto runUntil = [&](auto done) {
        while (!done()) {
            const auto left = std::chrono::duration_cast<std::chrono::microseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0 ||
                pa_mainloop_prepare(loop.get(), static_cast<int>(left.count())) < 0 ||
                pa_mainloop_poll(loop.get()) < 0 || pa_mainloop_dispatch(loop.get()) < 0) {
                return false;
            }
        }
        return true;
    };
    if (pa_context_connect(context.get(), nullptr, PA_CONTEXT_NOAUTOSPAWN, nullptr) < 0) {
        return std::nullopt; // no server to connect to: not a PulseAudio system
    }
    const bool settled = runUntil([&] {
        const pa_context_state_t state = pa_context_get_state(context.get());
        return state == PA_CONTEXT_READY || !PA_CONTEXT_IS_GOOD(state);
    });
    if (!settled || pa_context_get_state(context.get()) != PA_CONTEXT_READY) {
        // A server is configured or was there, but does not answer now
        // (restarting): nothing can be opened.
        return Outputs{};
    }
    Query query;
    pa_operation* server = pa_context_get_server_info(context.get(), onServerInfo, &query);
    pa_operation* sinks = pa_context_get_sink_info_list(context.get(), onSinkInfo, &query);
    query.pending = (server != nullptr ? 1 : 0) + (sinks != nullptr ? 1 : 0);
    const bool answered = runUntil([&] { return query.pending <= 0; });
    for (pa_operation* operation : {server, sinks}) {
        if (operation != nullptr) {
            pa_operation_cancel(operation);
            pa_operation_unref(operation);
        }
    }
    if (!answered) {
        return Outputs{};
    }
    return query.outputs;
}

#else

std::optional<SoundServerProbe::Outputs> SoundServerProbe::ask(int /*timeoutMs*/) {
    return std::nullopt;
}

#endif

} // namespace mixscope
