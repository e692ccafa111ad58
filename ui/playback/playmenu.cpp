#include "ui/playback/playmenu.h"

#include "ui/playback/playbackcontroller.h"

#include <QActionGroup>

#include <utility>
#include <vector>

namespace mixscope {

PlayMenu::PlayMenu(PlaybackController* playback, QWidget* parent)
    : QMenu(tr("&Play"), parent)
    , m_playback(playback) {
    addAction(playback->playPauseAction());
    addAction(playback->toggleAbAction());
    addAction(playback->trackAction(0));
    addAction(playback->seekBackAction());
    addAction(playback->seekForwardAction());
    addSeparator();
    addAction(playback->matchLoudnessAction());
    addAction(playback->monoAction());
    addAction(playback->loopAction());
    addAction(playback->bandSoloAction());
    addSeparator();
    addPositionMenu();
    addDeviceMenu();
}

void PlayMenu::addPositionMenu() {
    QMenu* menu = addMenu(tr("When &switching tracks"));
    auto* group = new QActionGroup(menu);
    const std::vector<std::pair<PlaybackEngine::PositionMode, QString>> modes{
        {PlaybackEngine::PositionMode::SameTime, tr("Stay at the same &time")},
        {PlaybackEngine::PositionMode::SameRelativePosition,
         tr("Go to the same &place in the song (for tracks of different lengths)")}};
    for (const auto& [mode, text] : modes) {
        QAction* action =
            menu->addAction(text, this, [this, mode = mode] { m_playback->setPositionMode(mode); });
        action->setCheckable(true);
        action->setChecked(m_playback->positionMode() == mode);
        group->addAction(action);
    }
}

void PlayMenu::addDeviceMenu() {
    QMenu* menu = addMenu(tr("Output &device"));
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        auto* group = new QActionGroup(menu);
        const QAudioDevice chosen = m_playback->outputDevice();
        QAction* system = menu->addAction(tr("System default"), this,
                                          [this] { m_playback->setOutputDevice(QAudioDevice()); });
        system->setCheckable(true);
        system->setChecked(chosen.isNull());
        group->addAction(system);
        const QList<QAudioDevice> devices = PlaybackController::outputDevices();
        for (const QAudioDevice& device : devices) {
            QAction* action = menu->addAction(device.description(), this, [this, device] {
                m_playback->setOutputDevice(device);
            });
            action->setCheckable(true);
            action->setChecked(!chosen.isNull() && chosen.id() == device.id());
            group->addAction(action);
        }
    });
    // Shown (with its one entry) before the devices are listed.
    menu->addAction(tr("System default"))->setEnabled(false);
}

} // namespace mixscope
