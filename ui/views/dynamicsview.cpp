#include "ui/views/dynamicsview.h"

#include "core/common/units.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QSplitter>
#include <QVBoxLayout>

namespace mixscope {

DynamicsView::DynamicsView(QWidget* parent)
    : AnalysisView(parent)
    , m_tempo(new QLabel(this))
    , m_matched(new QCheckBox(tr("&Loudness-matched"), this)) {
    m_tempo->setWordWrap(true);
    m_tempo->setTextFormat(Qt::RichText);
    m_tempo->setAccessibleName(tr("Tempo"));
    m_matched->setChecked(true);
    m_matched->setToolTip(tr("Shift the references by their match gains, as you would hear "
                             "them in a loudness-matched A/B."));
    connect(m_matched, &QCheckBox::toggled, this, [this] { rebuild(); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_tempo, 1);
    top->addWidget(m_matched);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(ChartStyle::makeView(m_charts.barChart(), tr("Dynamics compared"), this));
    bottom->addWidget(
        ChartStyle::makeView(m_charts.histogramChart(), tr("Loudness histogram"), this));
    bottom->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(
        ChartStyle::makeView(m_charts.loudnessChart(), tr("Loudness over time"), this), 3);
    layout->addWidget(bottom, 2);
}

QString DynamicsView::tempoText() const {
    return m_tempo->text();
}

void DynamicsView::rebuild() {
    const SessionSnapshot& s = snapshot();
    const std::vector<ComparedTrack> tracks = s.tracks();

    const QString key = trackKey([&tracks](std::size_t k) {
        const std::optional<double> bpm = tracks[k].analysis->rhythm.tempoBpm;
        return bpm ? tr("%1 BPM").arg(Units::number(*bpm, 1)) : tr("no clear beat");
    });
    m_tempo->setText(tracks.empty() ? tr("Waiting for analysed tracks…")
                                    : tr("<b>Tempo</b>  %1").arg(key));

    m_charts.build(s, chartStyle(), m_matched->isChecked(), highlightedFinding());
    // The tempo line above names every track in its colour, in full: the
    // charts' own legends would only repeat it, cut short, in three places.
    for (QChart* chart :
         {m_charts.loudnessChart(), m_charts.barChart(), m_charts.histogramChart()}) {
        chart->legend()->setVisible(false);
    }
}

void DynamicsView::updateHighlight() {
    m_charts.setHighlightedFinding(snapshot().findings, highlightedFinding());
}

} // namespace mixscope
