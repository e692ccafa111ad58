#pragma once

#include <QMenu>

namespace mixscope {

class PlaybackController;

/// The Play menu: the transport's actions (one shortcut each, shared with the
/// transport bar's buttons), what switching tracks keeps (the same time or
/// the same place in the song) and the output device, listed each time the
/// menu opens. GUI thread only; the controller must outlive it.
class PlayMenu : public QMenu {
    Q_OBJECT

public:
    explicit PlayMenu(PlaybackController* playback, QWidget* parent = nullptr);

private:
    void addPositionMenu();
    void addDeviceMenu();

    PlaybackController* m_playback;
};

} // namespace mixscope
