#include "ui/stereoview.h"

#include "ui/chartstyle.h"
#include "ui/theme.h"
#include "ui/vectorscopewidget.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mixscope {

namespace {

QString signedNumber(std::optional<double> value) {
    return value ? QStringLiteral("%1%2")
                       .arg(*value >= 0.0 ? QStringLiteral("+") : QString())
                       .arg(*value, 0, 'f', 2)
                 : QStringLiteral("—");
}

} // namespace

StereoView::StereoView(QWidget* parent)
    : AnalysisView(parent)
    , m_scopeRow(new QHBoxLayout)
    , m_correlationChart(new QChart)
    , m_widthChart(new QChart)
    , m_timeAxis(new QValueAxis)
    , m_correlationAxis(new QValueAxis)
    , m_frequencyAxis(new QLogValueAxis)
    , m_widthAxis(new QValueAxis) {
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

    m_correlationChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_correlationChart->addAxis(m_correlationAxis, Qt::AlignLeft);
    m_frequencyAxis->setBase(10.0);
    m_frequencyAxis->setRange(20.0, 20000.0);
    m_frequencyAxis->setLabelFormat(QStringLiteral("%g"));
    m_frequencyAxis->setMinorTickCount(8);
    m_widthChart->addAxis(m_frequencyAxis, Qt::AlignBottom);
    m_widthChart->addAxis(m_widthAxis, Qt::AlignLeft);
    m_correlationOverlay = new ChartOverlay(m_correlationChart);
    m_widthOverlay = new ChartOverlay(m_widthChart);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(ChartStyle::makeView(m_correlationChart, tr("Correlation over time"), this));
    charts->addWidget(ChartStyle::makeView(m_widthChart, tr("Width per band"), this));
    charts->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll, 2);
    layout->addWidget(charts, 3);
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
        scope->setData(
            stereo.vectorscopeDensity,
            i == 0 && s.mix ? tr("Mix: %1").arg(tracks[i].name) : tracks[i].name,
            Theme::trackColor(colourIndex, pal),
            tr("correlation %1 · low end %2")
                .arg(signedNumber(stereo.correlation), signedNumber(stereo.lowEndCorrelation)));
        m_scopeRow->addWidget(scope);
        m_scopes.push_back(scope);
    }

    for (QChart* chart : {m_correlationChart, m_widthChart}) {
        chart->removeAllSeries();
        ChartStyle::apply(chart, pal);
    }
    m_correlationChart->setTitle(tr("Correlation over time"));
    m_widthChart->setTitle(tr("Width per band (side minus mid)"));
    m_timeAxis->setTitleText(tr("Time (s)"));
    m_correlationAxis->setTitleText(tr("Correlation"));
    m_correlationAxis->setRange(-1.0, 1.0);
    m_correlationAxis->setTickCount(5);
    m_correlationAxis->setLabelFormat(QStringLiteral("%+.1f"));
    m_frequencyAxis->setTitleText(tr("Frequency (Hz)"));
    m_widthAxis->setTitleText(tr("Side − mid (dB)"));

    double longest = 1.0;
    double widest = -200.0;
    double narrowest = 200.0;
    // Mix drawn last so that it sits on top.
    for (std::size_t k = tracks.size(); k-- > 0;) {
        const ComparedTrack& track = tracks[k];
        const StereoResult& stereo = track.analysis->stereo;
        const int colourIndex = s.mix ? static_cast<int>(k) : static_cast<int>(k) + 1;
        const bool isMix = s.mix && k == 0;
        const QPen pen = ChartStyle::pen(Theme::trackColor(colourIndex, pal), isMix ? 2.2 : 1.3);

        auto* correlation = new QLineSeries;
        correlation->setName(track.name);
        QList<QPointF> points;
        for (std::size_t i = 0; i < stereo.correlationSeries.size(); ++i) {
            if (stereo.correlationSeries[i]) {
                points << QPointF((static_cast<double>(i) + 0.5) *
                                      stereo.correlationSeriesIntervalS,
                                  *stereo.correlationSeries[i]);
            }
        }
        correlation->replace(points);
        longest = std::max(longest, track.analysis->durationS);
        m_correlationChart->addSeries(correlation);
        correlation->attachAxis(m_timeAxis);
        correlation->attachAxis(m_correlationAxis);
        correlation->setPen(pen);

        auto* width = new QLineSeries;
        width->setName(track.name);
        QList<QPointF> widthPoints;
        for (std::size_t i = 0; i < stereo.bandCentersHz.size() && i < stereo.sideToMidDb.size();
             ++i) {
            if (stereo.sideToMidDb[i]) {
                widthPoints << QPointF(stereo.bandCentersHz[i], *stereo.sideToMidDb[i]);
                widest = std::max(widest, *stereo.sideToMidDb[i]);
                narrowest = std::min(narrowest, *stereo.sideToMidDb[i]);
            }
        }
        width->replace(widthPoints);
        m_widthChart->addSeries(width);
        width->attachAxis(m_frequencyAxis);
        width->attachAxis(m_widthAxis);
        width->setPen(pen);
    }
    ChartStyle::setNiceRange(m_timeAxis, 0.0, longest, 9);
    if (widest < narrowest) {
        widest = 0.0;
        narrowest = -30.0;
    }
    ChartStyle::setNiceRange(m_widthAxis, std::max(-60.0, narrowest - 3.0),
                             std::min(12.0, widest + 3.0), 7);

    m_correlationOverlay->setPalette(pal);
    m_widthOverlay->setPalette(pal);
    const QList<QAbstractSeries*> correlationSeries = m_correlationChart->series();
    const QList<QAbstractSeries*> widthSeries = m_widthChart->series();
    m_correlationOverlay->setReferenceSeries(
        correlationSeries.isEmpty() ? nullptr : correlationSeries.front());
    m_widthOverlay->setReferenceSeries(widthSeries.isEmpty() ? nullptr : widthSeries.front());
    updateHighlight();
}

void StereoView::updateHighlight() {
    std::vector<ChartOverlay::Zone> zones;
    QColor lowEnd = Theme::trackColor(1, palette());
    lowEnd.setAlphaF(0.10f);
    zones.push_back({20.0, kLowEndHz, tr("Low end: keep it near mono"), false, lowEnd});
    const std::vector<ChartOverlay::Zone> findings = frequencyZones();
    zones.insert(zones.end(), findings.begin(), findings.end());
    m_widthOverlay->setZones(std::move(zones));
    m_correlationOverlay->setZones(timeZones());
}

} // namespace mixscope
