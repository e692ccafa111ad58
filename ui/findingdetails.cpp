#include "ui/findingdetails.h"

#include "core/diagnosis/finding.h"
#include "ui/findinglistmodel.h"
#include "ui/severityicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mixscope {

FindingDetails::FindingDetails(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    m_icon->setFixedSize(32, 32);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Finding explained"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addStretch(1);
    showFinding(nullptr);
}

void FindingDetails::showFinding(const Finding* finding) {
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
    QStringList times;
    for (const TimeRange& range : finding->times) {
        times << FindingListModel::timeText(range);
    }
    if (!times.isEmpty()) {
        where << tr("at %1").arg(times.join(QStringLiteral(", ")));
    }
    QString html =
        QStringLiteral("<h3 style='margin:0'>%1</h3>").arg(finding->title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b>").arg(findingSeverityDisplayName(finding->severity));
    if (!where.isEmpty()) {
        html += QStringLiteral(" · ") + where.join(QStringLiteral(" · ")).toHtmlEscaped();
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
