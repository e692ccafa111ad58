#include "ui/overviewview.h"

#include "core/report/levelformat.h"
#include "ui/findinglistmodel.h"
#include "ui/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace mixscope {

namespace {

QString number(std::optional<double> value, int decimals, const QString& unit = {}) {
    if (!value) {
        return QStringLiteral("—");
    }
    const QString text = QString::number(*value, 'f', decimals);
    return unit.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, unit);
}

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
    m_scoreCard->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_scoreCard->setWordWrap(false);

    m_findings->setAccessibleName(tr("Findings, worst first"));
    m_findings->setIconSize(QSize(22, 22));
    m_findings->setSpacing(2);
    m_findings->setWordWrap(true);
    m_findings->setUniformItemSizes(false);

    auto* findingsTitle = new QLabel(tr("<b>&Findings</b> — worst first; select one to see it "
                                        "on the charts"),
                                     this);
    findingsTitle->setBuddy(m_findings);
    auto* scoreTitle = new QLabel(tr("<b>&Score card</b> — the mix beside each reference"), this);
    scoreTitle->setBuddy(m_scoreCard);

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

    int problems = 0;
    int warnings = 0;
    for (const Finding& finding : s.findings) {
        problems += finding.severity == FindingSeverity::Problem ? 1 : 0;
        warnings += finding.severity == FindingSeverity::Warning ? 1 : 0;
    }
    if (!s.mix) {
        m_headline->setText(tr("<h3>Waiting for your analysed mix</h3>"));
    } else {
        const QString against =
            s.references.empty() ? tr("against the usual ranges for a mix (no reference yet)")
            : s.references.size() == 1
                ? tr("against 1 reference, loudness-matched")
                : tr("against %1 references, loudness-matched").arg(s.references.size());
        // Explicit one/many forms until the numerus .ts files arrive.
        const auto counted = [](qsizetype n, const QString& one, const QString& many) {
            return (n == 1 ? one : many).arg(n);
        };
        const QString count =
            s.findings.empty() ? tr("nothing stands out")
                               : tr("%1: %2, %3")
                                     .arg(counted(static_cast<qsizetype>(s.findings.size()),
                                                  tr("%1 finding"), tr("%1 findings")),
                                          counted(problems, tr("%1 problem"), tr("%1 problems")),
                                          counted(warnings, tr("%1 warning"), tr("%1 warnings")));
        m_headline->setText(tr("<h3 style='margin:0'>%1</h3><p style='margin:0'>Measured %2 — "
                               "%3.</p>")
                                .arg(s.mix->name.toHtmlEscaped(), against, count));
    }

    struct Row {
        QString name;
        QString help;
        std::function<QString(const TrackAnalysis&, std::optional<double> gain)> value;
    };
    const std::vector<Row> rows{
        {tr("Integrated loudness"), tr("How loud the whole track feels (EBU R128)"),
         [](const TrackAnalysis& a, auto) {
             return LevelFormat::level(a.loudness.integratedLufs, QStringLiteral("LUFS"));
         }},
        {tr("Match gain"), tr("Gain that brings the track to the mix's loudness"),
         [](const TrackAnalysis&, std::optional<double> gain) {
             return gain ? LevelFormat::gain(*gain) : QStringLiteral("—");
         }},
        {tr("Loudness range"), tr("How much the loudness moves (EBU Tech 3342)"),
         [](const TrackAnalysis& a, auto) {
             return number(a.loudness.rangeLu, 1, tr("LU"));
         }},
        {tr("True peak"), tr("Highest level between samples; above -1 dBTP lossy encoding clips"),
         [](const TrackAnalysis& a, auto) {
             return LevelFormat::level(a.loudness.truePeakDbtp, QStringLiteral("dBTP"));
         }},
        {tr("PLR"), tr("True peak minus loudness: room for the peaks"),
         [](const TrackAnalysis& a, auto) {
             return number(a.plrDb(), 1, tr("dB"));
         }},
        {tr("Crest factor"), tr("Sample peak minus RMS"),
         [](const TrackAnalysis& a, auto) {
             return number(a.levels.crestDb, 1, tr("dB"));
         }},
        {tr("Correlation"), tr("+1 mono, 0 wide, below 0 cancels in mono"),
         [](const TrackAnalysis& a, auto) {
             return number(a.stereo.correlation, 2);
         }},
        {tr("Low-end correlation"), tr("Correlation below 150 Hz: bass should be near +1"),
         [](const TrackAnalysis& a, auto) {
             return number(a.stereo.lowEndCorrelation, 2);
         }},
        {tr("Tempo"), tr("Beats per minute"),
         [](const TrackAnalysis& a, auto) {
             return number(a.rhythm.tempoBpm, 1, tr("BPM"));
         }},
        {tr("Sample rate"), tr("Samples per second"),
         [](const TrackAnalysis& a, auto) {
             return tr("%1 kHz").arg(a.stream.sampleRateHz / 1000.0, 0, 'g', 4);
         }},
        {tr("Bit depth"), tr("Bits per sample; lossy files have none"),
         [](const TrackAnalysis& a, auto) {
             if (const auto bits = a.bitDepth()) {
                 return tr("%1-bit").arg(*bits);
             }
             if (const auto kbps = a.bitrateKbps()) {
                 return tr("lossy, %1 kbps").arg(*kbps);
             }
             return tr("lossy");
         }},
    };

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
        const std::optional<double> gain =
            isMix ? std::optional<double>(0.0) : s.matchGainDb(s.mix ? k - 1 : k);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            auto* item = new QTableWidgetItem(rows[r].value(*tracks[k].analysis, gain));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isMix) {
                item->setFont(bold);
            }
            m_scoreCard->setItem(static_cast<int>(r), static_cast<int>(k), item);
        }
    }
}

} // namespace mixscope
