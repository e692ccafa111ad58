#include "ui/findings/findingspanel.h"

#include "core/session/sessionsnapshot.h"
#include "ui/findings/findingdetails.h"
#include "ui/findings/findinglistmodel.h"

#include <QItemSelectionModel>
#include <QListView>

#include <optional>

namespace mixscope {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(new FindingListModel(this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_list(new QListView(this))
    , m_details(new FindingDetails(this)) {
    m_list->setModel(m_model);
    m_list->setSelectionModel(m_selection);
    m_list->setIconSize(QSize(20, 20));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Findings"));
    addWidget(m_list);
    addWidget(m_details);
    setStretchFactor(0, 1);
    setStretchFactor(1, 2);
    setChildrenCollapsible(false);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &FindingsPanel::onSelectionChanged);
}

void FindingsPanel::setSnapshot(const SessionSnapshot& snapshot) {
    const Finding* before = m_model->finding(selectedFinding());
    const std::optional<FindingKind> selectedKind =
        before != nullptr ? std::optional<FindingKind>(before->kind) : std::nullopt;
    m_model->setFindings(snapshot.findings);
    m_details->setTrackDuration(snapshot.mix ? snapshot.mix->analysis->durationS : 0.0);
    int reselect = -1;
    for (int row = 0; selectedKind && row < m_model->rowCount(); ++row) {
        if (m_model->finding(row)->kind == *selectedKind) {
            reselect = row;
            break;
        }
    }
    selectFinding(reselect);
    if (reselect < 0) {
        onSelectionChanged(); // the old selection went with the old findings, perhaps silently
    }
}

void FindingsPanel::selectFinding(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        m_selection->clear();
        return;
    }
    m_selection->setCurrentIndex(m_model->index(row), QItemSelectionModel::ClearAndSelect);
}

int FindingsPanel::selectedFinding() const {
    const QModelIndexList selected = m_selection->selectedIndexes();
    return selected.isEmpty() ? -1 : selected.front().row();
}

void FindingsPanel::onSelectionChanged() {
    const int row = selectedFinding();
    m_details->showFinding(m_model->finding(row));
    Q_EMIT findingSelected(row);
}

} // namespace mixscope
