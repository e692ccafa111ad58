#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace mixscope::test {

/// A private PulseAudio server with a null sink, for tests that play through
/// a real audio device and record it with parec:
///
///   pulseaudio --daemonize=no --exit-idle-time=10 -n --use-pid-file=no
///       --realtime=yes --high-priority=yes --disable-shm=yes
///       (real time as a desktop's sound server gets it from rtkit; where it
///       is not allowed, PulseAudio carries on without)
///       -L "module-null-sink sink_name=mixscope_test rate=<sinkRateHz> …"
///       -L "module-native-protocol-unix auth-anonymous=1 socket=<tmp>/native"
///
/// with HOME, XDG_RUNTIME_DIR, XDG_CONFIG_HOME and PULSE_RUNTIME_PATH in a
/// temporary directory, so that it touches nothing of the user's. It runs as
/// root too (CI): in the foreground (--daemonize=no) PulseAudio only warns
/// that it is "not intended to be run as root"; it is --start (daemonising)
/// that refuses without --system. Clients find it through PULSE_SERVER.
/// --exit-idle-time=10 rather than -1: should the test crash before stop(),
/// the orphaned server quits 10 s after its last client.
class PulseServer {
public:
    static constexpr const char* kSinkName = "mixscope_test";

    /// sinkRateHz: the null sink's rate (PulseAudio's own default is 44100).
    explicit PulseServer(int sinkRateHz = 48000);
    ~PulseServer();
    PulseServer(const PulseServer&) = delete;
    PulseServer& operator=(const PulseServer&) = delete;

    /// Starts the server and waits (up to 5 s) until its null sink answers.
    /// False, with why in *why, when pulseaudio is missing or does not come
    /// up: the caller skips its test.
    bool start(QString* why);
    /// Stops the server (also done by the destructor).
    void stop();
    /// Stops the server and starts it again on the same socket (as a user's
    /// sound server restarting), with a fresh null sink kSinkName.
    bool restart(QString* why);

    /// Runs pactl on this server; false when it fails. Its standard output in *output.
    bool pactl(const QStringList& arguments, QString* output = nullptr) const;
    /// Loads another null sink named name (at the server's rate), described
    /// as description (one word; empty: PulseAudio's "Null Output"); its
    /// module index, or -1.
    int loadNullSink(const QString& name, const QString& description = {}) const;
    /// The module index of the null sink named name, or -1.
    int nullSinkModule(const QString& name) const;

    /// The environment of a client of this server (pactl, parec).
    QProcessEnvironment clientEnvironment() const;
    /// Points this process's libpulse (and so Qt Multimedia) at the server.
    void useInThisProcess() const;

    /// A folder for the test's own files, removed with the server.
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    /// Starts parec on a null sink's monitor (48 kHz stereo float); false
    /// when it does not start.
    bool startRecording(const QString& sink = QLatin1String(kSinkName));
    /// Frames parec has written so far.
    std::size_t recordedFrames() const;
    /// Stops parec and returns what it recorded: interleaved stereo, 48 kHz.
    std::vector<float> stopRecording();

private:
    bool sinkAnswers() const;

    // Short, for the unix socket's path (at most 107 bytes).
    QTemporaryDir m_dir{QStringLiteral("/tmp/mixscope-pulse-XXXXXX")};
    QProcess m_server;
    QProcess m_parec;
    QString m_address;
    int m_sinkRateHz;
};

} // namespace mixscope::test
