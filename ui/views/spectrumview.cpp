#include "ui/views/spectrumview.h"

#include "ui/charts/chartstyle.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mixscope {

SpectrumView::SpectrumView(QWidget* parent)
    : AnalysisView(parent)
    , m_resolutionBox(new QComboBox(this)) {
    m_resolutionBox->addItem(tr("1/3 octave (as in the comparison)"));
    m_resolutionBox->addItem(tr("Fine (1/6 octave)"));
    m_resolutionBox->setAccessibleName(tr("Spectrum resolution"));
    auto* resolutionLabel = new QLabel(tr("&Resolution:"), this);
    resolutionLabel->setBuddy(m_resolutionBox);
    connect(m_resolutionBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setResolution(index == 1 ? Resolution::Fine : Resolution::ThirdOctave);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(resolutionLabel);
    top->addWidget(m_resolutionBox);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(
        ChartStyle::makeView(m_charts.levelChart(), tr("Loudness-matched spectra"), this), 3);
    layout->addWidget(ChartStyle::makeView(m_charts.differenceChart(),
                                           tr("Spectrum difference, mix minus references"), this),
                      2);
}

QString SpectrumView::resolutionId(Resolution resolution) {
    return resolution == Resolution::Fine ? QStringLiteral("fine") : QStringLiteral("third_octave");
}

SpectrumView::Resolution SpectrumView::resolutionFromId(const QString& id) {
    return id == QLatin1String("fine") ? Resolution::Fine : Resolution::ThirdOctave;
}

void SpectrumView::setResolution(Resolution resolution) {
    if (resolution == m_resolution) {
        return;
    }
    m_resolution = resolution;
    m_resolutionBox->setCurrentIndex(resolution == Resolution::Fine ? 1 : 0);
    rebuild();
    Q_EMIT resolutionChanged(resolution);
}

void SpectrumView::rebuild() {
    m_charts.build(snapshot(), chartStyle(), m_resolution, highlightedFinding());
}

void SpectrumView::updateHighlight() {
    m_charts.setHighlightedFinding(snapshot().findings, highlightedFinding());
}

} // namespace mixscope
