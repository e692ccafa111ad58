#include "ui/findings/findinglistmodel.h"

#include "core/common/units.h"
#include "ui/findings/severityicon.h"

namespace mixscope {

void FindingListModel::setFindings(std::vector<Finding> findings) {
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const Finding* FindingListModel::finding(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return &m_findings[static_cast<std::size_t>(row)];
}

int FindingListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const {
    const Finding* f = index.isValid() ? finding(index.row()) : nullptr;
    if (f == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: {
        QString where;
        if (f->frequency) {
            where = frequencyText(*f->frequency);
        }
        return where.isEmpty() ? f->title : tr("%1 · %2").arg(f->title, where);
    }
    case Qt::DecorationRole:
        return SeverityIcon::icon(f->severity);
    case Qt::ToolTipRole:
        return f->evidence;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(findingSeverityDisplayName(f->severity), f->title);
    case SeverityRole:
        return static_cast<int>(f->severity);
    case KindIdRole:
        return findingKindId(f->kind);
    default:
        return {};
    }
}

QString FindingListModel::frequencyText(const FrequencyRange& range) {
    return Units::frequencyRange(range.lowHz, range.highHz);
}

QString FindingListModel::timeText(const TimeRange& range) {
    return Units::clockRange(range.startS, range.endS);
}

} // namespace mixscope
