#include "ui/views/overviewview.h"

#include "core/report/scorecard.h"
#include "ui/shell/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
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
    , m_scoreCard(new QTableWidget(this)) {
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Summary"));
    m_scoreCard->setAccessibleName(tr("Score card"));
    m_scoreCard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scoreCard->setSelectionMode(QAbstractItemView::NoSelection);
    m_scoreCard->setAlternatingRowColors(true);
    m_scoreCard->setShowGrid(false);
    m_scoreCard->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scoreCard->horizontalHeader()->setMinimumSectionSize(120);
    // Long track names are cut in the middle, so that a mix and its clean
    // version still read apart (the full name and path are the tooltip).
    m_scoreCard->horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
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
    layout->addWidget(scoreTitle);
    layout->addWidget(m_scoreCard, 1);
}

void OverviewView::rebuild() {
    const SessionSnapshot& s = snapshot();
    const QPalette pal = palette();
    const std::vector<ComparedTrack> tracks = s.tracks();

    if (!s.mix) {
        m_headline->setText(tr("<h3>Waiting for your analysed mix</h3>"));
    } else {
        m_headline->setText(
            tr("<h3 style='margin:0'>%1</h3><p style='margin:0'>Measured %2 — "
               "%3.</p>")
                .arg(s.mix->name.toHtmlEscaped(), ScoreCard::basis(s), ScoreCard::findingCount(s)));
    }

    const std::vector<ScoreCard::Row> rows = ScoreCard::rows(s);
    m_scoreCard->clear();
    m_scoreCard->setRowCount(static_cast<int>(rows.size()));
    m_scoreCard->setColumnCount(static_cast<int>(tracks.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        auto* header = new QTableWidgetItem(rows[r].name);
        header->setToolTip(rows[r].help);
        m_scoreCard->setVerticalHeaderItem(static_cast<int>(r), header);
    }
    QFont bold = font();
    bold.setBold(true);
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const bool isMix = s.mix && k == 0;
        const int colourIndex = s.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        auto* header =
            new QTableWidgetItem(swatch(Theme::trackColor(colourIndex, pal)),
                                 isMix ? tr("Mix: %1").arg(tracks[k].name) : tracks[k].name);
        header->setToolTip(QStringLiteral("%1\n%2").arg(tracks[k].name, tracks[k].analysis->path));
        m_scoreCard->setHorizontalHeaderItem(static_cast<int>(k), header);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            auto* item = new QTableWidgetItem(rows[r].values.value(static_cast<qsizetype>(k)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isMix) {
                item->setFont(bold);
            }
            m_scoreCard->setItem(static_cast<int>(r), static_cast<int>(k), item);
        }
    }
}

} // namespace mixscope
