#include "ui/findings/findingspanel.h"

#include "core/session/sessionsnapshot.h"
#include "ui/findings/findingdetails.h"
#include "ui/findings/findinglistmodel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include <optional>

namespace mixscope {

FindingsPanel::FindingsPanel(QWidget* parent)
    : QSplitter(Qt::Vertical, parent)
    , m_model(new FindingListModel(this))
    , m_selection(new QItemSelectionModel(m_model, this))
    , m_list(new QListView)
    , m_empty(new QLabel)
    , m_details(new FindingDetails(this)) {
    m_list->setModel(m_model);
    m_list->setSelectionModel(m_selection);
    m_list->setIconSize(QSize(20, 20));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Findings, worst first"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setMargin(6);
    m_empty->setAccessibleName(tr("Findings"));
    auto* top = new QWidget;
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_empty, 1);
    addWidget(top);
    addWidget(m_details);
    setStretchFactor(0, 1);
    setStretchFactor(1, 2);
    setChildrenCollapsible(false);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &FindingsPanel::onSelectionChanged);
    showEmptyState(SessionSnapshot());
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
    showEmptyState(snapshot);
}

void FindingsPanel::showEmptyState(const SessionSnapshot& snapshot) {
    // Never a blank list: say why there is nothing in it.
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (!snapshot.mix) {
        m_empty->setText(tr("The findings about your mix appear here once it is analysed."));
    } else if (snapshot.references.empty()) {
        m_empty->setText(tr("Nothing stands out in your mix on its own. Add a reference track "
                            "you like to compare it with."));
    } else {
        m_empty->setText(tr("Nothing stands out against your references."));
    }
}

QString FindingsPanel::emptyText() const {
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
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
