#pragma once

#include <QStringList>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QAction;
class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QToolButton;

namespace mixscope {

class LoudnessOverview;
class PlaybackController;
struct TrackAnalysis;

/// The playback controls in one self-contained bar: play/pause, one button
/// per track (1 = the mix, 2–9 the references), the current track's
/// loudness overview with the playhead (click: seek, drag: loop region),
/// the position, and toggles for Match loudness, Mono, Loop and Band solo
/// with the band to solo.
///
/// It adds the controller's actions to itself, so their shortcuts (Space,
/// 1–9, A, M, L, B, Left, Right) work anywhere in its window; do not add
/// them to another widget of the same window. GUI thread only.
///
/// To plug it in: create it with the window's PlaybackController, put it in
/// a layout or a dock, then after PlaybackController::setTracks() hand it
/// each track's analysis with setAnalysis() (or setTrackNames() and
/// setLoudnessSeries()).
class TransportBar : public QWidget {
    Q_OBJECT

public:
    explicit TransportBar(PlaybackController* controller, QWidget* parent = nullptr);

    /// Names for the track buttons (cut in the middle when long), their
    /// tooltips and accessible names (index 0: the mix).
    void setTrackNames(const QStringList& names);
    /// The overview for `track`: TrackAnalysis::loudness.shortTermLufs and seriesIntervalS.
    void setLoudnessSeries(int track, std::vector<std::optional<float>> shortTermLufs,
                           double intervalS);
    /// setLoudnessSeries() and the track's name (tags.title, else the file name) in one go.
    void setAnalysis(int track, const TrackAnalysis& analysis);
    /// Solos lowHz–highHz (e.g. a finding's range), shown in the band list as
    /// `label`, and turns band solo on.
    void soloBand(const QString& label, double lowHz, double highHz);

    LoudnessOverview* overview() const { return m_overview; }
    /// The button of track `index`, or null.
    QToolButton* playButton() const { return m_playButton; }
    QToolButton* trackButton(int index) const;

protected:
    void changeEvent(QEvent* event) override;

public:
    static constexpr int kTracksInline = 4;

private:
    void updatePlayIcon();
    void applyToggleStyle();
    void rebuildTrackButtons();
    /// More than kTracksInline tracks: their buttons get a row of their own
    /// above the controls, in equal widths, so that each name keeps letters.
    void placeTrackButtons(int count);
    void showTrack(int index);
    void updatePosition(double seconds);
    QToolButton* makeToggle(QAction* action, const QString& accessibleName);

    struct Series {
        std::vector<std::optional<float>> values;
        double intervalS = 0.1;
    };

    PlaybackController* m_controller;
    QToolButton* m_playButton;
    QHBoxLayout* m_trackLayout;
    QHBoxLayout* m_controls; ///< the play button, the tracks' buttons while few, the toggles
    QVBoxLayout* m_rows;
    QButtonGroup* m_trackGroup;
    std::vector<QToolButton*> m_trackButtons;
    LoudnessOverview* m_overview;
    QLabel* m_positionLabel;
    QComboBox* m_bandChoice;
    int m_customBand = -1;         ///< index of the band soloBand() added, -1 until then
    bool m_restyling = false;      ///< applyToggleStyle() is setting the style sheet
    bool m_restylePending = false; ///< a palette change's restyle is queued
    QStringList m_names;
    std::map<int, Series> m_series;
};

} // namespace mixscope
