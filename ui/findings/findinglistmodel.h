#pragma once

#include "core/diagnosis/finding.h"

#include <QAbstractListModel>

#include <vector>

namespace mixscope {

/// The findings about the mix, worst first, for list views: the title as
/// text, the severity icon, the evidence as tool tip. One model is shared by
/// every findings list so that they share one selection. GUI thread only.
class FindingListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        SeverityRole = Qt::UserRole + 1, ///< FindingSeverity as int
        KindIdRole,                      ///< findingKindId(), e.g. "mud"
    };

    using QAbstractListModel::QAbstractListModel;

    /// Replaces the findings (resets the model: selections are cleared).
    void setFindings(std::vector<Finding> findings);
    const std::vector<Finding>& findings() const { return m_findings; }
    /// Null for an invalid row.
    const Finding* finding(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// "200–400 Hz", "2.5–5 kHz": how the views name a frequency range.
    static QString frequencyText(const FrequencyRange& range);
    /// "1:05–1:20": how the views name a time range.
    static QString timeText(const TimeRange& range);

private:
    std::vector<Finding> m_findings;
};

} // namespace mixscope
