#include "ui/views/spectrumview.h"

#include "core/common/units.h"
#include "ui/charts/chartstyle.h"
#include "ui/shell/theme.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mixscope {

SpectrumView::SpectrumView(QWidget* parent)
    : AnalysisView(parent)
    , m_resolutionBox(new QComboBox(this))
    , m_comparedWithBox(new QComboBox(this))
    , m_eachReference(new QCheckBox(tr("Each refere&nce"), this))
    , m_key(new QLabel(this)) {
    m_key->setWordWrap(true);
    m_key->setTextFormat(Qt::RichText);
    m_key->setAccessibleName(tr("Tracks' colours and match gains"));
    m_key->setToolTip(tr("Each reference is turned up or down by its match gain, so that every "
                         "curve is drawn, and heard, at the mix's loudness"));
    // The key names the tracks in full, once for both charts: their legends
    // would only repeat it, cut short.
    m_charts.setCompact(true);
    m_resolutionBox->addItem(tr("1/3 octave (as in the comparison)"));
    m_resolutionBox->addItem(tr("Fine (1/6 octave)"));
    m_resolutionBox->setAccessibleName(tr("Spectrum resolution"));
    auto* resolutionLabel = new QLabel(tr("&Resolution:"), this);
    resolutionLabel->setBuddy(m_resolutionBox);
    connect(m_resolutionBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        setResolution(index == 1 ? Resolution::Fine : Resolution::ThirdOctave);
    });

    m_comparedWithBox->setAccessibleName(tr("Compare the mix with"));
    m_comparedWithBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparedWithBox->setMaximumWidth(320);
    auto* comparedLabel = new QLabel(tr("Compare &with:"), this);
    comparedLabel->setBuddy(m_comparedWithBox);
    connect(m_comparedWithBox, &QComboBox::activated, this,
            [this](int index) { setComparedWith(m_comparedWithBox->itemData(index).toInt()); });
    m_eachReference->setToolTip(tr("Also draw the mix minus each reference on the difference"));
    connect(m_eachReference, &QCheckBox::toggled, this, &SpectrumView::setEachReferenceShown);

    auto* top = new QHBoxLayout;
    top->addWidget(resolutionLabel);
    top->addWidget(m_resolutionBox);
    top->addSpacing(12);
    top->addWidget(comparedLabel);
    top->addWidget(m_comparedWithBox);
    top->addWidget(m_eachReference);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_key);
    m_views = {ChartStyle::makeView(m_charts.levelChart(), tr("Loudness-matched spectra"), this),
               ChartStyle::makeView(m_charts.differenceChart(),
                                    tr("Spectrum difference, mix minus references"), this)};
    // Each no shorter than its texts and a plot of a few grid lines need
    // (the spectra have neither title nor axis title here), so that with
    // many tracks on a laptop's screen the other views keep their share.
    const int line = fontMetrics().height();
    m_views[0]->setMinimumHeight(8 * line);
    m_views[1]->setMinimumHeight(10 * line);
    layout->addWidget(m_views[0], 3);
    layout->addWidget(m_views[1], 2);
    for (QChartView* view : m_views) {
        view->viewport()->installEventFilter(this);
        view->setToolTip(tr("Click to hear only the octave around a frequency, or drag across "
                            "a range to hear only that range"));
    }
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

void SpectrumView::setComparedWith(int reference) {
    const int count = static_cast<int>(snapshot().references.size());
    const int chosen = reference >= 0 && reference < count ? reference : -1;
    m_charts.setComparedWith(chosen);
    m_comparedWithBox->setCurrentIndex(std::max(0, m_comparedWithBox->findData(chosen)));
    rebuild();
}

void SpectrumView::setEachReferenceShown(bool shown) {
    m_charts.setEachReferenceShown(shown);
    if (m_eachReference->isChecked() != shown) {
        m_eachReference->setChecked(shown);
    }
    rebuild();
}

// The average, then each reference by name; a reference no longer there
// falls back to the average.
void SpectrumView::fillComparedWith() {
    const SessionSnapshot& s = snapshot();
    const QSignalBlocker blocker(m_comparedWithBox);
    m_comparedWithBox->clear();
    m_comparedWithBox->addItem(
        s.references.size() > 1 ? tr("The references' average") : tr("The reference"), -1);
    for (std::size_t i = 0; s.references.size() > 1 && i < s.references.size(); ++i) {
        m_comparedWithBox->addItem(s.references[i].name, static_cast<int>(i));
    }
    if (m_charts.comparedWith() >= static_cast<int>(s.references.size())) {
        m_charts.setComparedWith(-1);
    }
    m_comparedWithBox->setCurrentIndex(
        std::max(0, m_comparedWithBox->findData(m_charts.comparedWith())));
    m_comparedWithBox->setEnabled(s.references.size() > 1);
    m_eachReference->setEnabled(s.references.size() > 1);
}

QString SpectrumView::keyText() const {
    return m_key->text();
}

void SpectrumView::rebuild() {
    fillComparedWith();
    const SessionSnapshot& s = snapshot();
    // Without a mix there is nothing to match to: the names alone.
    const QString key = trackKey([&s](std::size_t k) {
        if (!s.mix) {
            return QString();
        }
        if (k == 0) {
            return tr("the mix");
        }
        const std::optional<double> gain = s.matchGainDb(k - 1);
        return gain ? Units::gain(*gain) : tr("not matched");
    });
    // With two references or more, the charts also draw their average and range.
    QString extra;
    std::size_t matched = 0;
    for (std::size_t i = 0; i < s.references.size(); ++i) {
        matched += s.matchGainDb(i) ? 1 : 0;
    }
    if (matched > 1) {
        // The range as the charts shade it: the average's colour, faint, over the base.
        const QColor average = Theme::averageColor(palette());
        const QColor base = palette().color(QPalette::Base);
        constexpr double kShade = 0.3;
        const QColor shade = QColor::fromRgbF(
            static_cast<float>(base.redF() + (average.redF() - base.redF()) * kShade),
            static_cast<float>(base.greenF() + (average.greenF() - base.greenF()) * kShade),
            static_cast<float>(base.blueF() + (average.blueF() - base.blueF()) * kShade));
        extra = QStringLiteral(" &nbsp; <span style='color:%1'><b>╌╌</b></span>&nbsp;%3 &nbsp; "
                               "<span style='color:%2'>■</span>&nbsp;%4")
                    .arg(average.name(), shade.name(), unbroken(tr("Average of the references")),
                         unbroken(tr("Range of the references")));
    }
    m_key->setText(key.isEmpty() ? tr("Waiting for analysed tracks…")
                   : s.mix       ? tr("<b>Loudness match</b>  %1").arg(key + extra)
                                 : key);
    m_charts.build(snapshot(), chartStyle(), m_resolution, highlightedFinding());
}

void SpectrumView::updateHighlight() {
    m_charts.setHighlightedFinding(snapshot().findings, highlightedFinding());
}

std::optional<double> SpectrumView::frequencyAt(const QChartView* view, QPoint point) const {
    QChart* chart = view->chart();
    const QList<QAbstractSeries*> series = chart->series();
    if (series.isEmpty()) {
        return std::nullopt;
    }
    const QPointF inChart = chart->mapFromScene(view->mapToScene(point));
    if (!chart->plotArea().contains(inChart)) {
        return std::nullopt;
    }
    const double hz = chart->mapToValue(inChart, series.front()).x();
    return hz > 0.0 ? std::optional<double>(std::clamp(hz, 20.0, 20000.0)) : std::nullopt;
}

bool SpectrumView::eventFilter(QObject* watched, QEvent* event) {
    const auto view = std::find_if(m_views.begin(), m_views.end(),
                                   [watched](QChartView* v) { return v->viewport() == watched; });
    if (view == m_views.end() || (event->type() != QEvent::MouseButtonPress &&
                                  event->type() != QEvent::MouseButtonRelease)) {
        return AnalysisView::eventFilter(watched, event);
    }
    const auto* mouse = static_cast<QMouseEvent*>(event);
    if (mouse->button() != Qt::LeftButton) {
        return false;
    }
    const std::optional<double> hz = frequencyAt(*view, mouse->position().toPoint());
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressedHz = hz;
        return false;
    }
    if (m_pressedHz && hz) {
        double low = std::min(*m_pressedHz, *hz);
        double high = std::max(*m_pressedHz, *hz);
        // A click (or a drag of less than a third of an octave): the octave around it.
        if (high / low < std::pow(2.0, 1.0 / 3.0)) {
            const double centre = std::sqrt(low * high);
            low = std::max(20.0, centre / std::sqrt(2.0));
            high = std::min(20000.0, centre * std::sqrt(2.0));
        }
        Q_EMIT bandSoloRequested(low, high);
    }
    m_pressedHz.reset();
    return false;
}

} // namespace mixscope
