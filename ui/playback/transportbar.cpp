#include "ui/playback/transportbar.h"

#include "core/analysis/trackanalysis.h"
#include "core/common/units.h"
#include "ui/playback/loudnessoverview.h"
#include "ui/playback/playbackcontroller.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPointF>
#include <QPolygonF>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

// A track button whose name is cut in the middle to the width the bar can
// give it: from about kLongest letters down to kShortest when the window is
// narrow, so that the bar never pushes the window wider than the screen.
class TrackButton : public QToolButton {
public:
    static constexpr double kLongest = 28.0;
    static constexpr double kShortest = 5.0;

    TrackButton(const QString& name, QWidget* parent)
        : QToolButton(parent)
        , m_name(name) {
        setCheckable(true);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        showName(letters(kLongest));
    }

    QSize sizeHint() const override { return withTextWidth(letters(kLongest)); }
    QSize minimumSizeHint() const override { return withTextWidth(letters(kShortest)); }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QToolButton::resizeEvent(event);
        showName(width() - chromeWidth());
    }
    void changeEvent(QEvent* event) override {
        QToolButton::changeEvent(event);
        if (event->type() == QEvent::FontChange) {
            showName(letters(kLongest));
            updateGeometry();
        }
    }

private:
    int letters(double count) const {
        const QFontMetrics metrics(font());
        const int whole = metrics.horizontalAdvance(m_name) + 2; // elidedText() rounds up
        const double letter =
            metrics.horizontalAdvance(QStringLiteral("abcdefghijklmnopqrstuvwxyz")) / 26.0;
        return std::min(whole, static_cast<int>(count * letter));
    }
    // What the button adds around its text (margins, frame).
    int chromeWidth() const {
        return QToolButton::sizeHint().width() - fontMetrics().horizontalAdvance(shownText());
    }
    QString shownText() const {
        return QString(text()).replace(QLatin1String("&&"), QLatin1String("&"));
    }
    QSize withTextWidth(int textWidth) const {
        QSize size = QToolButton::sizeHint();
        size.setWidth(chromeWidth() + textWidth);
        return size;
    }
    void showName(int textWidth) {
        const QString shown = fontMetrics().elidedText(m_name, Qt::ElideMiddle, textWidth);
        setText(QString(shown).replace(QLatin1Char('&'), QLatin1String("&&")));
    }

    QString m_name;
};

struct Band {
    const char* name;
    double lowHz;
    double highHz;
};

constexpr Band kBands[] = {
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "Sub 20–60 Hz"), 20.0, 60.0},
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "Bass 60–150 Hz"), 60.0, 150.0},
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "Low mids 150–500 Hz"), 150.0, 500.0},
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "Mids 500 Hz–2 kHz"), 500.0, 2000.0},
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "High mids 2–6 kHz"), 2000.0, 6000.0},
    {QT_TRANSLATE_NOOP("mixscope::TransportBar", "Highs 6–20 kHz"), 6000.0, 20000.0},
};
constexpr int kDefaultBand = 2;

} // namespace

TransportBar::TransportBar(PlaybackController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_playButton(new QToolButton(this))
    , m_trackLayout(new QHBoxLayout)
    , m_controls(new QHBoxLayout)
    , m_rows(new QVBoxLayout(this))
    , m_trackGroup(new QButtonGroup(this))
    , m_overview(new LoudnessOverview(this))
    , m_positionLabel(new QLabel(this))
    , m_bandChoice(new QComboBox(this)) {
    setAccessibleName(tr("Playback"));
    applyToggleStyle();
    addActions(controller->actions());

    m_playButton->setDefaultAction(controller->playPauseAction());
    updatePlayIcon();
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // As wide for "Pause" as for "Play": the buttons beside it stay put.
    const QFontMetrics metrics = m_playButton->fontMetrics();
    int widest = 0;
    for (const QString& text : PlaybackController::playPauseTexts()) {
        widest = std::max(widest, metrics.horizontalAdvance(text));
    }
    m_playButton->setMinimumWidth(m_playButton->sizeHint().width() -
                                  metrics.horizontalAdvance(controller->playPauseAction()->text()) +
                                  widest);
    m_playButton->setAccessibleName(tr("Play or pause"));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_trackGroup->setExclusive(true);
    m_trackLayout->setSpacing(2);

    m_positionLabel->setAccessibleName(tr("Position"));
    m_positionLabel->setMinimumWidth(
        m_positionLabel->fontMetrics().horizontalAdvance(QStringLiteral("00:00.0 / 00:00.0")));

    for (const Band& band : kBands) {
        m_bandChoice->addItem(tr(band.name), QPointF(band.lowHz, band.highHz));
    }
    m_bandChoice->setCurrentIndex(kDefaultBand);
    m_bandChoice->setAccessibleName(tr("Band to solo"));
    m_bandChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    controller->setBandSoloRange(kBands[kDefaultBand].lowHz, kBands[kDefaultBand].highHz);
    connect(m_bandChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QPointF range = m_bandChoice->itemData(index).toPointF();
        if (range.y() > range.x()) {
            m_controller->setBandSoloRange(range.x(), range.y());
        }
    });

    m_controls->addWidget(m_playButton);
    m_controls->addLayout(m_trackLayout);
    m_controls->addSpacing(8);
    m_controls->addWidget(makeToggle(controller->matchLoudnessAction(), tr("Match loudness")));
    m_controls->addWidget(makeToggle(controller->monoAction(), tr("Mono")));
    m_controls->addWidget(makeToggle(controller->loopAction(), tr("Loop")));
    m_controls->addWidget(makeToggle(controller->bandSoloAction(), tr("Band solo")));
    m_controls->addWidget(m_bandChoice);
    m_controls->addStretch(1);
    m_controls->addWidget(m_positionLabel);

    m_rows->setContentsMargins(4, 4, 4, 4);
    m_rows->addLayout(m_controls);
    m_rows->addWidget(m_overview);

    connect(m_overview, &LoudnessOverview::seekRequested, controller, &PlaybackController::seek);
    connect(m_overview, &LoudnessOverview::loopRegionSelected, this, [this](double a, double b) {
        m_controller->setLoopRegion(a, b);
        m_controller->setLooping(true);
    });
    connect(controller, &PlaybackController::tracksChanged, this,
            &TransportBar::rebuildTrackButtons);
    connect(controller, &PlaybackController::playingChanged, this, &TransportBar::updatePlayIcon);
    connect(controller, &PlaybackController::currentTrackChanged, this, &TransportBar::showTrack);
    connect(controller, &PlaybackController::positionChanged, this, &TransportBar::updatePosition);
    const auto showLoop = [this] {
        m_overview->setLoopRegion(m_controller->loopStartS(), m_controller->loopEndS(),
                                  m_controller->isLooping());
    };
    connect(controller, &PlaybackController::loopRegionChanged, this, showLoop);
    connect(controller, &PlaybackController::loopingChanged, this, showLoop);
    rebuildTrackButtons();
}

void TransportBar::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_restylePending && !m_restyling) {
        // Later, not now: a palette change also arrives in the middle of
        // QWidget::setParent() (the window docking the bar), where replacing
        // the style sheet pulls the style out from under Qt (a crash on
        // start-up in the dark theme).
        m_restylePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_restylePending = false;
                updatePlayIcon(); // drawn in the palette's text colour, light or dark
                applyToggleStyle();
            },
            Qt::QueuedConnection);
    }
}

void TransportBar::applyToggleStyle() {
    // On and off must read apart in every theme: the styles' own pressed look
    // is a shade darker, which a dark palette all but hides. A button that
    // is on (the track playing, Match loudness, Mono, Loop, Band solo) takes
    // the selection's colour, as a selected row does; off and on have the
    // same frame, so that nothing moves when a button toggles. A style sheet
    // reads the palette when it is set: it is set again when the theme changes.
    if (m_restyling) {
        return;
    }
    m_restyling = true;
    setStyleSheet(QString());
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 3px 6px; "
        "background-color: palette(button); color: palette(button-text); }"
        "QToolButton:hover { border-color: palette(highlight); }"
        "QToolButton:pressed { background-color: palette(mid); }"
        "QToolButton:checked { background-color: palette(highlight); "
        "color: palette(highlighted-text); border-color: palette(highlight); }"));
    m_restyling = false;
}

void TransportBar::updatePlayIcon() {
    const qreal ratio = devicePixelRatioF();
    const int side = 16;
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::ButtonText));
    if (m_controller->isPlaying()) {
        painter.drawRect(QRectF(3.0, 2.5, 3.5, 11.0));
        painter.drawRect(QRectF(9.5, 2.5, 3.5, 11.0));
    } else {
        painter.drawPolygon(QPolygonF({QPointF(4.0, 2.0), QPointF(14.0, 8.0), QPointF(4.0, 14.0)}));
    }
    painter.end();
    m_controller->playPauseAction()->setIcon(QIcon(pixmap));
}

QToolButton* TransportBar::makeToggle(QAction* action, const QString& accessibleName) {
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAccessibleName(accessibleName);
    if (!action->shortcut().isEmpty()) {
        button->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    return button;
}

QToolButton* TransportBar::trackButton(int index) const {
    return index >= 0 && index < static_cast<int>(m_trackButtons.size())
               ? m_trackButtons[static_cast<std::size_t>(index)]
               : nullptr;
}

void TransportBar::setTrackNames(const QStringList& names) {
    m_names = names;
    rebuildTrackButtons();
}

void TransportBar::setLoudnessSeries(int track, std::vector<std::optional<float>> shortTermLufs,
                                     double intervalS) {
    m_series[track] = Series{std::move(shortTermLufs), intervalS};
    if (track == m_controller->currentTrack()) {
        showTrack(track);
    }
}

void TransportBar::setAnalysis(int track, const TrackAnalysis& analysis) {
    while (m_names.size() <= track) {
        m_names.append(QString());
    }
    m_names[track] = analysis.tags.title.isEmpty() ? QFileInfo(analysis.path).completeBaseName()
                                                   : analysis.tags.title;
    rebuildTrackButtons();
    setLoudnessSeries(track, analysis.loudness.shortTermLufs, analysis.loudness.seriesIntervalS);
}

void TransportBar::soloBand(const QString& label, double lowHz, double highHz) {
    if (m_customBand < 0) {
        m_bandChoice->insertSeparator(m_bandChoice->count());
        m_bandChoice->addItem(label);
        m_customBand = m_bandChoice->count() - 1;
    }
    m_bandChoice->setItemText(m_customBand, label);
    m_bandChoice->setItemData(m_customBand, QPointF(lowHz, highHz));
    if (m_bandChoice->currentIndex() == m_customBand) {
        m_controller->setBandSoloRange(lowHz, highHz);
    } else {
        m_bandChoice->setCurrentIndex(m_customBand); // sets the range
    }
    m_controller->setBandSolo(true);
}

void TransportBar::rebuildTrackButtons() {
    for (QToolButton* button : m_trackButtons) {
        m_trackGroup->removeButton(button);
        delete button;
    }
    m_trackButtons.clear();
    const int count = std::min(m_controller->trackCount(), PlaybackController::kNumberedTracks);
    // Each button carries its track's name, cut in the middle when long so
    // that "Song (final mix)" and "Song (clean master)" stay apart.
    for (int i = 0; i < count; ++i) {
        const QString name =
            i < m_names.size() && !m_names[i].isEmpty()
                ? m_names[i]
                : QFileInfo(m_controller->trackPaths().value(i)).completeBaseName();
        auto* button = new TrackButton(name, this);
        if (i == 0) {
            // The mix in bold, as in the track list.
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        const QString role = i == 0 ? tr("Mix") : tr("Reference %1").arg(i);
        button->setAccessibleName(QStringLiteral("%1: %2").arg(role, name));
        button->setToolTip(tr("%1: %2 (key %3; A switches between the mix and the last "
                              "reference)")
                               .arg(role, name, QString::number(i + 1)));
        connect(button, &QToolButton::clicked, this, [this, i] { m_controller->selectTrack(i); });
        m_trackGroup->addButton(button, i);
        m_trackLayout->addWidget(button);
        m_trackButtons.push_back(button);
    }
    placeTrackButtons(count);
    showTrack(m_controller->currentTrack());
}

void TransportBar::placeTrackButtons(int count) {
    const bool ownRow = count > kTracksInline;
    const bool inOwnRow = m_rows->indexOf(m_trackLayout) >= 0;
    if (ownRow != inOwnRow) {
        if (ownRow) {
            m_controls->removeItem(m_trackLayout);
            m_rows->insertLayout(0, m_trackLayout);
        } else {
            m_rows->removeItem(m_trackLayout);
            m_controls->insertLayout(1, m_trackLayout);
        }
    }
    for (std::size_t i = 0; i < m_trackButtons.size(); ++i) {
        m_trackButtons[i]->setSizePolicy(ownRow ? QSizePolicy::Ignored : QSizePolicy::Preferred,
                                         QSizePolicy::Fixed);
        m_trackLayout->setStretch(static_cast<int>(i), ownRow ? 1 : 0);
    }
}

void TransportBar::showTrack(int index) {
    if (QToolButton* button = trackButton(index)) {
        button->setChecked(true);
    }
    const auto found = m_series.find(index);
    if (found != m_series.end()) {
        m_overview->setSeries(found->second.values, found->second.intervalS,
                              m_controller->durationS(index));
    } else {
        m_overview->setSeries({}, 0.1, m_controller->durationS(index));
    }
    m_overview->setLoopRegion(m_controller->loopStartS(), m_controller->loopEndS(),
                              m_controller->isLooping());
    updatePosition(m_controller->positionS());
}

void TransportBar::updatePosition(double seconds) {
    m_overview->setPosition(seconds);
    m_positionLabel->setText(QStringLiteral("%1 / %2").arg(
        Units::clockTimeTenths(seconds), Units::clockTimeTenths(m_controller->durationS())));
}

} // namespace mixscope
