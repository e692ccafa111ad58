#include "ui/findings/findingdetails.h"

#include "core/diagnosis/finding.h"
#include "ui/findings/findinglistmodel.h"
#include "ui/findings/severityicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mixscope {

FindingDetails::FindingDetails(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_loop(new QPushButton(tr("Loop this moment"), this))
    , m_band(new QPushButton(tr("Hear only this band"), this)) {
    m_icon->setFixedSize(32, 32);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    m_text->setAccessibleName(tr("Finding explained"));
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        // "loop:N": the finding's N-th time range.
        bool ok = false;
        const int index = link.section(QLatin1Char(':'), 1).toInt(&ok);
        if (m_finding && ok && index >= 0 && index < static_cast<int>(m_finding->times.size())) {
            Q_EMIT loopRequested(m_finding->times[static_cast<std::size_t>(index)]);
        }
    });
    m_loop->setToolTip(tr("Play the mix here, looped, and press A to hear the reference at the "
                          "same spot"));
    m_band->setToolTip(tr("Band solo: hear only the frequencies this finding is about"));
    connect(m_loop, &QPushButton::clicked, this, [this] {
        if (m_finding && !m_finding->times.empty()) {
            Q_EMIT loopRequested(m_finding->times.front());
        }
    });
    connect(m_band, &QPushButton::clicked, this, [this] {
        if (m_finding && m_finding->frequency) {
            Q_EMIT bandSoloRequested(FindingListModel::frequencyText(*m_finding->frequency),
                                     *m_finding->frequency);
        }
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_loop);
    buttons->addWidget(m_band);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addStretch(1);
    showFinding(nullptr);
}

void FindingDetails::setTrackDuration(double seconds) {
    if (seconds == m_durationS) {
        return;
    }
    m_durationS = seconds;
    const std::optional<Finding> shown = m_finding;
    showFinding(shown ? &*shown : nullptr);
}

void FindingDetails::setPlaybackAvailable(bool available) {
    if (available == m_playbackAvailable) {
        return;
    }
    m_playbackAvailable = available;
    const std::optional<Finding> shown = m_finding; // the times become links, or stop being them
    showFinding(shown ? &*shown : nullptr);
}

void FindingDetails::updateButtons() {
    m_loop->setVisible(m_playbackAvailable && m_finding && !m_finding->times.empty());
    m_band->setVisible(m_playbackAvailable && m_finding && m_finding->frequency.has_value());
}

void FindingDetails::showFinding(const Finding* finding) {
    m_finding = finding != nullptr ? std::optional<Finding>(*finding) : std::nullopt;
    updateButtons();
    if (finding == nullptr) {
        m_icon->clear();
        m_text->setText(tr("<p>Select a finding to see what was measured, where it is, and "
                           "what to try. Its frequencies and moments are marked on every "
                           "chart.</p>"));
        return;
    }
    m_icon->setPixmap(SeverityIcon::icon(finding->severity).pixmap(QSize(28, 28)));
    QStringList where;
    if (finding->frequency) {
        where << FindingListModel::frequencyText(*finding->frequency);
    }
    const auto link = [this](std::size_t index, const QString& text) {
        return m_playbackAvailable
                   ? QStringLiteral("<a href='loop:%1'>%2</a>").arg(index).arg(text.toHtmlEscaped())
                   : text.toHtmlEscaped();
    };
    QStringList times;
    for (std::size_t i = 0; i < finding->times.size(); ++i) {
        times << link(i, FindingListModel::timeText(finding->times[i]));
    }
    for (QString& part : where) {
        part = part.toHtmlEscaped();
    }
    if (coversMostOfTheTrack(finding->times, m_durationS)) {
        // Its worst moment is the one to loop.
        where << link(0, findingTimesText(finding->times, m_durationS));
    } else if (!times.isEmpty()) {
        where << tr("at %1").arg(times.join(QStringLiteral(", ")));
    }
    QString html =
        QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(finding->title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>").arg(findingSeverityDisplayName(finding->severity));
    if (!where.isEmpty()) {
        html += QStringLiteral(" · ") + where.join(QStringLiteral(" · "));
    }
    html += QStringLiteral("</p><p>%1</p>").arg(finding->evidence.toHtmlEscaped());
    if (!finding->suggestion.isEmpty()) {
        html += tr("<p><b>Try:</b> %1</p>").arg(finding->suggestion.toHtmlEscaped());
    }
    html += tr("<p><small>Confidence %1 %</small></p>")
                .arg(static_cast<int>(finding->confidence * 100.0 + 0.5));
    m_text->setText(html);
}

QString FindingDetails::text() const {
    return m_text->text();
}

} // namespace mixscope
