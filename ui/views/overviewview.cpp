#include "ui/views/overviewview.h"

#include "core/report/scorecard.h"
#include "ui/shell/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mixscope {

namespace {

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

} // namespace

OverviewView::OverviewView(QWidget* parent)
    : AnalysisView(parent)
    , m_headline(new QLabel(this))
    , m_closest(new QLabel(this))
    , m_scoreCard(new QTableWidget(this)) {
    m_closest->setObjectName(QStringLiteral("closestProfiles"));
    m_closest->setTextFormat(Qt::RichText);
    m_closest->setWordWrap(true);
    m_closest->setAccessibleName(tr("Closest profile"));
    m_closest->setToolTip(
        tr("How far the mix sits from each of your profiles, measured in the spread of its "
           "tracks: tonal balance (counted twice), stereo width, dynamics and tempo. 1 is the "
           "edge of their usual range (10th to 90th percentile) in every measure at once."));
    m_closest->hide();
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Summary"));
    m_scoreCard->setAccessibleName(tr("Score card"));
    m_scoreCard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scoreCard->setSelectionMode(QAbstractItemView::NoSelection);
    m_scoreCard->setAlternatingRowColors(true);
    m_scoreCard->setShowGrid(false);
    m_scoreCard->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scoreCard->horizontalHeader()->setMinimumSectionSize(40);
    // Long track names are cut in the middle, so that a mix and its clean
    // version still read apart (the full name and path are the tooltip).
    m_scoreCard->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_scoreCard->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_scoreCard->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_scoreCard->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_scoreCard->setWordWrap(false);

    auto* scoreTitle = new QLabel(tr("<b>&Score card</b> — the mix beside each reference"), this);
    scoreTitle->setBuddy(m_scoreCard);
    // Wrapped, so that a longer translation does not take the score card's width.
    scoreTitle->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    layout->addWidget(m_closest);
    layout->addWidget(scoreTitle);
    layout->addWidget(m_scoreCard, 1);
}

void OverviewView::rebuild() {
    const SessionSnapshot& s = snapshot();
    if (!s.mix) {
        m_headline->setText(tr("<h3>Waiting for your analysed mix</h3>"));
    } else {
        m_headline->setText(tr("<h3 style='margin:0'>%1</h3><p style='margin:0'>Measured %2 — "
                               "%3.</p>")
                                .arg(s.mix->name.toHtmlEscaped(),
                                     ScoreCard::basis(s).toHtmlEscaped(),
                                     ScoreCard::findingCount(s).toHtmlEscaped()));
    }

    // Which of the user's profiles the mix sits closest to, the closest first.
    const QStringList closest = ProfileDistance::describe(s.closestProfiles);
    QStringList lines;
    for (qsizetype i = 0; i < closest.size(); ++i) {
        lines << (i == 0 ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1"))
                     .arg(closest[i].toHtmlEscaped());
    }
    m_closest->setText(lines.join(QStringLiteral("<br>")));
    m_closest->setVisible(!lines.isEmpty());

    fillScoreCard();
}

bool OverviewView::columnsFit() const {
    const int tracks = static_cast<int>(snapshot().tracks().size());
    // The measures' names down the side, then a column per track.
    int names = 0;
    for (const ScoreCard::Row& row : ScoreCard::rows(snapshot())) {
        names = std::max(names, fontMetrics().horizontalAdvance(row.name));
    }
    const int room = m_scoreCard->width() - 2 * m_scoreCard->frameWidth() - names - 24 -
                     m_scoreCard->verticalScrollBar()->sizeHint().width();
    return tracks * kMinimumTrackWidth <= room;
}

void OverviewView::resizeEvent(QResizeEvent* event) {
    AnalysisView::resizeEvent(event);
    if (columnsFit() == m_tracksAsRows) {
        fillScoreCard();
    }
}

// The score card a column or a row per track. A track's header: its colour,
// its name (the mix's marked), the full name and path as the tooltip; the
// mix's values in bold.
void OverviewView::fillScoreCard() {
    const SessionSnapshot& s = snapshot();
    const std::vector<ComparedTrack> tracks = s.tracks();
    const std::vector<ScoreCard::Row> rows = ScoreCard::rows(s);
    m_tracksAsRows = !columnsFit();
    m_scoreCard->clear();
    const int trackCount = static_cast<int>(tracks.size());
    const int measureCount = static_cast<int>(rows.size());
    m_scoreCard->setRowCount(m_tracksAsRows ? trackCount : measureCount);
    m_scoreCard->setColumnCount(m_tracksAsRows ? measureCount : trackCount);
    QHeaderView* measures =
        m_tracksAsRows ? m_scoreCard->horizontalHeader() : m_scoreCard->verticalHeader();
    QHeaderView* trackHeader =
        m_tracksAsRows ? m_scoreCard->verticalHeader() : m_scoreCard->horizontalHeader();
    measures->setSectionResizeMode(m_tracksAsRows ? QHeaderView::ResizeToContents
                                                  : QHeaderView::Fixed);
    trackHeader->setSectionResizeMode(m_tracksAsRows ? QHeaderView::Fixed : QHeaderView::Stretch);
    m_scoreCard->verticalHeader()->setMaximumWidth(m_tracksAsRows ? width() / 4 : QWIDGETSIZE_MAX);
    m_scoreCard->horizontalHeader()->setDefaultAlignment(
        m_tracksAsRows ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    for (int r = 0; r < measureCount; ++r) {
        const ScoreCard::Row& row = rows[static_cast<std::size_t>(r)];
        // Across the top, a long name takes two lines ("Low-end / correlation").
        QString name = row.name;
        if (m_tracksAsRows && name.contains(QLatin1Char(' '))) {
            name[name.indexOf(QLatin1Char(' '))] = QLatin1Char('\n');
        }
        auto* header = new QTableWidgetItem(name);
        header->setToolTip(row.help);
        if (m_tracksAsRows) {
            m_scoreCard->setHorizontalHeaderItem(r, header);
        } else {
            m_scoreCard->setVerticalHeaderItem(r, header);
        }
    }
    QFont bold = font();
    bold.setBold(true);
    for (int k = 0; k < trackCount; ++k) {
        const ComparedTrack& track = tracks[static_cast<std::size_t>(k)];
        const bool isMix = s.mix && k == 0;
        const int colourIndex = s.mix ? k : k + 1;
        auto* header = new QTableWidgetItem(swatch(Theme::trackColor(colourIndex, palette())),
                                            isMix ? tr("Mix: %1").arg(track.name) : track.name);
        header->setToolTip(track.playable()
                               ? QStringLiteral("%1\n%2").arg(track.name, track.analysis->path)
                               : tr("%1\nfrom the profile “%2”").arg(track.name, track.profile));
        if (isMix) {
            header->setFont(bold);
        }
        if (m_tracksAsRows) {
            m_scoreCard->setVerticalHeaderItem(k, header);
        } else {
            m_scoreCard->setHorizontalHeaderItem(k, header);
        }
        for (int r = 0; r < measureCount; ++r) {
            auto* item = new QTableWidgetItem(
                rows[static_cast<std::size_t>(r)].values.value(static_cast<qsizetype>(k)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isMix) {
                item->setFont(bold);
            }
            m_scoreCard->setItem(m_tracksAsRows ? k : r, m_tracksAsRows ? r : k, item);
        }
    }
}

} // namespace mixscope
