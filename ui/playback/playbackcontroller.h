#pragma once

#include "core/playback/playbackengine.h"
#include "core/session/sessionsnapshot.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

class QAction;
class QTimer;

namespace mixscope {

class AudioOutput;

/// The GUI thread's handle on loudness-matched A/B playback: owns the
/// PlaybackEngine and its AudioOutput, keeps the user's settings, offers
/// QActions with the standard shortcuts and reports the position about 30
/// times a second. Everything here runs on the GUI thread.
///
/// Plugging it into a window:
///   auto* controller = new PlaybackController(window);
///   auto* bar = new TransportBar(controller, window);  // adds the actions to itself
///   controller->setTracks(paths, matchGainsDb);        // index 0: the mix
///   bar->setLoudnessSeries(i, analysis.loudness.shortTermLufs,
///                          analysis.loudness.seriesIntervalS);
/// where matchGainsDb[i] is the gain that brings track i to the mix's
/// integrated loudness (the analysis' match gain, core/compare/loudnessmatch.h;
/// 0 for the mix). The audio device opens on the first play().
///
/// The device closes after kIdleCloseS paused (no wake-ups on a laptop's
/// battery) and opens again on play().
///
/// Devices come and go. With "System default" chosen (a null device),
/// playback follows the system's default output while it plays; a device
/// that goes away while playing pauses playback where it was (outputFailed(),
/// isPlaying() false), and play() opens whatever is there then, at the same
/// place; when there is none yet (a sound server restarting), play() keeps
/// trying for a few seconds and starts as soon as one opens. A chosen device
/// that is not connected plays on the default meanwhile (outputNotice()).
///
/// Settings (QSettings): "playback/device" (QAudioDevice::id of the output),
/// "playback/matchLoudness", "playback/positionMode" ("time" or "relative").
class PlaybackController : public QObject {
    Q_OBJECT

public:
    /// Tracks addressable by the number keys: 1 is the mix, 2–9 the first eight references.
    static constexpr int kNumberedTracks = 9;
    /// Left/Right seek by this much, seconds.
    static constexpr double kSeekStepS = 5.0;
    /// Paused this long, the audio device is closed, seconds.
    static constexpr int kIdleCloseS = 30;

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;

    /// Replaces the tracks (index 0 is the mix) and their match gains in dB
    /// (missing entries count as 0), paused at the start of the mix. When a
    /// reference would be raised, every gain is lowered by the largest
    /// raise, so that matching never pushes a track into clipping. Returns
    /// one message per track: empty when it can be played, else why not.
    /// Blocks while the files are opened, unless they are already open or
    /// in `prepared` (PlaybackEngine::prepareTracks(), run on a worker for
    /// engine()'s output rate and read-ahead).
    QStringList setTracks(const QStringList& paths, const QList<double>& matchGainsDb,
                          PlaybackEngine::PreparedTracks prepared = {});

    /// Plays what snapshot holds: the mix, then the references in list order,
    /// each at its match gain; nothing until the mix is analysed. Files not
    /// open yet are opened on a worker (milliseconds each: 50 dropped files
    /// take a third of a second) and handed over when they are; a newer
    /// snapshot drops an older one's. The track being heard stays selected,
    /// at its place, playing and looping as it was; the actions of tracks
    /// that are not there are disabled. sessionFollowed() follows.
    void followSession(const SessionSnapshot& snapshot);
    /// Changes one track's match gain (dB, to the mix's loudness).
    void setMatchGainDb(int track, double gainDb);
    /// The match gain given for track (dB; before the common anti-clip offset).
    double matchGainDb(int track) const { return m_gainsDb.value(track); }
    /// The gain each track plays at with matching on (dB): its match gain
    /// minus the largest raise, so that matching never pushes a track into
    /// clipping. The mix plays at 0 dB unless a reference is quieter.
    QList<double> playedGainsDb() const;

    int trackCount() const { return static_cast<int>(m_paths.size()); }
    QStringList trackPaths() const { return m_paths; }
    int currentTrack() const { return m_currentTrack; }
    /// The reference A toggles to: the last one heard (1 until one was picked).
    int lastReference() const { return m_lastReference; }
    /// Position on the current track, seconds.
    double positionS() const { return m_positionS; }
    /// Length of a track (default: the current one), seconds; 0 when unknown.
    double durationS(int track = -1) const;
    bool isPlaying() const { return m_playing; }
    bool loudnessMatching() const { return m_matching; }
    bool isMono() const { return m_mono; }
    bool isLooping() const { return m_looping; }
    double loopStartS() const { return m_loopStartS; }
    double loopEndS() const { return m_loopEndS; }
    bool isBandSolo() const { return m_bandSolo; }
    double bandLowHz() const { return m_bandLowHz; }
    double bandHighHz() const { return m_bandHighHz; }
    PlaybackEngine::PositionMode positionMode() const { return m_positionMode; }

    /// The texts the play/pause action takes: {play, pause}.
    static QStringList playPauseTexts() { return {tr("Play"), tr("Pause")}; }

    /// The output devices to offer in the settings.
    static QList<QAudioDevice> outputDevices();
    /// The chosen device; a null device means the system default.
    QAudioDevice outputDevice() const { return m_device; }
    /// Chooses and remembers the output device (reopens it when playing).
    void setOutputDevice(const QAudioDevice& device);
    /// Why the device could not be opened last time; empty when it could.
    QString outputError() const { return m_outputError; }

    PlaybackEngine* engine() const { return m_engine.get(); }
    AudioOutput* output() const { return m_output; }

    QAction* playPauseAction() const { return m_playPause; }
    /// index 0 … kNumberedTracks − 1: keys 1 … 9.
    QAction* trackAction(int index) const;
    QAction* toggleAbAction() const { return m_toggleAb; }
    QAction* matchLoudnessAction() const { return m_matchLoudness; }
    QAction* monoAction() const { return m_monoAction; }
    QAction* loopAction() const { return m_loopAction; }
    QAction* bandSoloAction() const { return m_bandSoloAction; }
    QAction* seekBackAction() const { return m_seekBack; }
    QAction* seekForwardAction() const { return m_seekForward; }
    /// Every action above, to add to one widget of the window (TransportBar does).
    QList<QAction*> actions() const;

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    /// Seconds on the current track, clamped to it.
    void seek(double seconds);
    void seekBy(double deltaS);
    /// 0 = the mix; indices without a track are ignored.
    void selectTrack(int index);
    /// Between the mix and the last reference heard.
    void toggleAb();
    void setLoudnessMatching(bool on);
    void setMono(bool on);
    void setLooping(bool on);
    /// Seconds on the current track; the order of the ends does not matter.
    void setLoopRegion(double startS, double endS);
    void setBandSolo(bool on);
    void setBandSoloRange(double lowHz, double highHz);
    void setPositionMode(mixscope::PlaybackEngine::PositionMode mode);

Q_SIGNALS:
    void tracksChanged();
    void positionChanged(double seconds);
    void playingChanged(bool playing);
    void currentTrackChanged(int index);
    void loudnessMatchingChanged(bool on);
    void monoChanged(bool on);
    void loopingChanged(bool on);
    void loopRegionChanged(double startS, double endS);
    void bandSoloChanged(bool on);
    /// The device could not be opened, or stopped (playback is then paused
    /// where it was; play() opens whatever device is there now).
    void outputFailed(const QString& message);
    /// Playback moved to another device (the system default changed, the
    /// device in use went away, the chosen one is not connected), or found
    /// one again after Play had none: one sentence naming the device now playing.
    void outputNotice(const QString& message);
    /// Track `index` stopped part-way: its file could not be read on, or was
    /// written to or cut short on disk (reason: one sentence without the file
    /// name). Playback pauses when it is the track being heard; the other
    /// tracks still play. Once per track.
    void trackFailed(int index, const QString& reason);
    /// Track `index`'s file was replaced or deleted on disk while it was
    /// open; it plays on, whole, as it was opened. Once per track.
    void trackReplacedOnDisk(int index);
    /// followSession() has put snapshot's tracks in place; problems: one
    /// sentence per file that cannot be played ("mix.wav cannot be played: …").
    void sessionFollowed(const SessionSnapshot& snapshot, const QStringList& problems);

private:
    void applySession(const SessionSnapshot& snapshot, PlaybackEngine::PreparedTracks prepared);
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, bool checkable);
    bool ensureOutput();
    void startPlaying();
    void retryOutput();
    bool openOutput();
    void onOutputLost(const QString& message);
    void pauseWithoutOutput();
    void followDefaultDevice();
    void applyGains();
    void poll();
    void checkTracks();
    void updatePlayPauseAction();

    std::unique_ptr<PlaybackEngine> m_engine;
    AudioOutput* m_output;
    QTimer* m_pollTimer;
    QTimer* m_retryTimer;        ///< opens a device again after Play found none
    QElapsedTimer m_deviceRetry; ///< since that Play
    QAudioDevice m_device;
    QString m_outputError;
    QByteArray m_defaultSeen; ///< the system default when last looked at
    int m_devicePolls = 0;

    quint64 m_sessionGeneration = 0; ///< followSession() calls; a newer one wins
    QStringList m_paths;
    QList<double> m_gainsDb;
    /// What has been said about a file (by path: the engine keeps a file's
    /// source open while its path stays among the tracks).
    struct Notice {
        bool failed = false;
        bool replaced = false;
    };
    QHash<QString, Notice> m_notices;
    int m_currentTrack = 0;
    int m_lastReference = 1;
    double m_positionS = 0.0;
    int m_pollsToSkip = 0;
    int m_idlePolls = 0; ///< polls in a row with the device open and paused
    bool m_playing = false;
    bool m_matching = true;
    bool m_mono = false;
    bool m_looping = false;
    double m_loopStartS = 0.0;
    double m_loopEndS = 0.0;
    bool m_bandSolo = false;
    double m_bandLowHz = 150.0;
    double m_bandHighHz = 500.0;
    PlaybackEngine::PositionMode m_positionMode = PlaybackEngine::PositionMode::SameTime;

    QAction* m_playPause;
    std::array<QAction*, kNumberedTracks> m_trackActions{};
    QAction* m_toggleAb;
    QAction* m_matchLoudness;
    QAction* m_monoAction;
    QAction* m_loopAction;
    QAction* m_bandSoloAction;
    QAction* m_seekBack;
    QAction* m_seekForward;
};

} // namespace mixscope
