#include "ui/views/overviewview.h"

#include "core/report/scorecard.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/shell/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSplitter>
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
    , m_scoreCard(new QTableWidget(this))
    , m_findings(new QListView(this)) {
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
    // Long track names end in "…" (the full name and path are the tooltip).
    m_scoreCard->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_scoreCard->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_scoreCard->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_scoreCard->setWordWrap(false);

    m_findings->setAccessibleName(tr("Findings, worst first"));
    m_findings->setIconSize(QSize(22, 22));
    m_findings->setSpacing(2);
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);

    auto* findingsTitle = new QLabel(tr("<b>F&indings</b> — worst first; select one to see it "
                                        "on the charts"),
                                     this);
    findingsTitle->setBuddy(m_findings);
    auto* scoreTitle = new QLabel(tr("<b>&Score card</b> — the mix beside each reference"), this);
    scoreTitle->setBuddy(m_scoreCard);
    // Wrapped, so that a longer translation does not take the score card's width.
    for (QLabel* title : {findingsTitle, scoreTitle}) {
        title->setWordWrap(true);
    }

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scoreTitle);
    leftLayout->addWidget(m_scoreCard);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(findingsTitle);
    rightLayout->addWidget(m_findings);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
}

void OverviewView::setFindingsModel(FindingListModel* model, QItemSelectionModel* selection) {
    m_findings->setModel(model);
    m_findings->setSelectionModel(selection);
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
