#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace mixscope {

/// Asks the sound server itself which outputs it has and which is the
/// default: a short-lived libpulse connection to the PulseAudio server (or
/// PipeWire's pulse server) that Qt Multimedia plays on. The libpulse
/// adaptor of the project.
///
/// Qt 6.4's own list is not to be trusted for opening a device: it keeps the
/// outputs of a server that restarted, and its QAudioSink waits forever for
/// a stream on an output that is not there.
///
/// Blocking (a few milliseconds; at most timeoutMs); any thread.
class SoundServerProbe {
public:
    struct Outputs {
        QByteArray defaultOutput;  ///< the server's default sink name; empty when it has none
        QList<QByteArray> outputs; ///< every sink's name (QAudioDevice::id() on PulseAudio)
    };

    /// The server's outputs now. std::nullopt when there is no answer to be
    /// had here: Mixscope was built without libpulse, or no PulseAudio-style
    /// server runs (another audio system; Qt's list is then all there is).
    /// An empty `outputs` means a server answered and has none, or did not
    /// answer within timeoutMs while one was expected (PULSE_SERVER set, or
    /// its socket present).
    static std::optional<Outputs> ask(int timeoutMs = 1000);
};

} // namespace mixscope
