#include "ui/views/stereoview.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/vectorscopewidget.h"
#include "ui/shell/theme.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace mixscope {

StereoView::StereoView(QWidget* parent)
    : AnalysisView(parent)
    , m_scopeRow(new QHBoxLayout)
    , m_key(new QLabel(this)) {
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    m_key->setAccessibleName(tr("Tracks' colours"));
    auto* scopes = new QWidget;
    scopes->setLayout(m_scopeRow);
    m_scopeRow->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(scopes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(VectorscopeWidget().minimumSizeHint().height());
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Vectorscopes"));

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(
        ChartStyle::makeView(m_charts.correlationChart(), tr("Correlation over time"), this));
    charts->addWidget(ChartStyle::makeView(m_charts.widthChart(), tr("Width per band"), this));
    charts->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 2);
    layout->addWidget(m_key);
    layout->addWidget(charts, 3);
}

QString StereoView::keyText() const {
    return m_key->text();
}

void StereoView::rebuild() {
    const QPalette pal = palette();
    const SessionSnapshot& s = snapshot();
    const std::vector<ComparedTrack> tracks = s.tracks();

    for (VectorscopeWidget* scope : m_scopes) {
        m_scopeRow->removeWidget(scope);
        delete scope;
    }
    m_scopes.clear();
    while (m_scopeRow->count() > 0) {
        delete m_scopeRow->takeAt(0);
    }
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const StereoResult& stereo = tracks[i].analysis->stereo;
        const int colourIndex = s.mix ? static_cast<int>(i) : static_cast<int>(i) + 1;
        auto* scope = new VectorscopeWidget;
        scope->setData(stereo.vectorscopeDensity,
                       i == 0 && s.mix ? tr("Mix: %1").arg(tracks[i].name) : tracks[i].name,
                       Theme::trackColor(colourIndex, pal), VectorscopePicture::captionFor(stereo));
        m_scopeRow->addWidget(scope);
        m_scopes.push_back(scope);
    }

    m_charts.build(s, chartStyle(), highlightedFinding());
    // The key above the charts names every track in full, once for both.
    m_key->setText(trackKey());
    for (QChart* chart : {m_charts.correlationChart(), m_charts.widthChart()}) {
        chart->legend()->setVisible(false);
    }
}

void StereoView::updateHighlight() {
    m_charts.setHighlightedFinding(snapshot().findings, highlightedFinding());
}

} // namespace mixscope
