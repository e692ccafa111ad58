#pragma once

#include <QSplitter>

class QItemSelectionModel;
class QLabel;
class QListView;

namespace mixscope {

class FindingDetails;
class FindingListModel;
struct SessionSnapshot;

/// The Findings dock, the window's one list of findings: worst first, above
/// the selected one's explanation (FindingDetails, with its loop and
/// band-solo buttons), or a sentence saying why there are none. Owns the
/// findings model and its selection, which the charts follow. A new
/// comparison keeps the selected finding selected when a finding of its
/// kind survives. GUI thread only.
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
    /// The sentence shown instead of an empty list; empty while findings are listed.
    QString emptyText() const;

Q_SIGNALS:
    /// The selection changed: row of model(), or -1.
    void findingSelected(int row);

private:
    void onSelectionChanged();
    void showEmptyState(const SessionSnapshot& snapshot);

    FindingListModel* m_model;
    QItemSelectionModel* m_selection;
    QListView* m_list;
    QLabel* m_empty;
    FindingDetails* m_details;
};

} // namespace mixscope
