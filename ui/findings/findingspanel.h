#pragma once

#include <QSplitter>

class QItemSelectionModel;
class QListView;

namespace mixscope {

class FindingDetails;
class FindingListModel;
struct SessionSnapshot;

/// The Findings dock: the findings, worst first, above the selected one's
/// explanation (FindingDetails, with its loop and band-solo buttons). Owns
/// the findings model and the one selection every list shares (the
/// Overview's list shows the same model and selection). A new comparison
/// keeps the selected finding selected when a finding of its kind survives.
/// GUI thread only.
class FindingsPanel : public QSplitter {
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    FindingListModel* model() const { return m_model; }
    QItemSelectionModel* selectionModel() const { return m_selection; }
    FindingDetails* details() const { return m_details; }

    /// Shows snapshot's findings; findingSelected() follows, with the finding
    /// of the kind selected before, or -1.
    void setSnapshot(const SessionSnapshot& snapshot);
    /// Selects finding row (-1 clears) in every list sharing the selection.
    void selectFinding(int row);
    int selectedFinding() const; ///< -1 when none

Q_SIGNALS:
    /// The selection changed: row of model(), or -1.
    void findingSelected(int row);

private:
    void onSelectionChanged();

    FindingListModel* m_model;
    QItemSelectionModel* m_selection;
    QListView* m_list;
    FindingDetails* m_details;
};

} // namespace mixscope
