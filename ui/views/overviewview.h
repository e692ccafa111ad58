#pragma once

#include "ui/views/analysisview.h"

class QItemSelectionModel;
class QLabel;
class QListView;
class QTableWidget;

namespace mixscope {

class FindingListModel;

/// The first view: a score card with the mix and each reference side by side
/// (integrated loudness, loudness range, true peak, PLR, crest, correlation,
/// low-end correlation, tempo, match gain, sample rate, bit depth), and the
/// findings about the mix, worst first, with severity icons.
class OverviewView : public AnalysisView {
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    /// The shared findings model and its shared selection (not owned).
    void setFindingsModel(FindingListModel* model, QItemSelectionModel* selection);

    QTableWidget* scoreCard() const { return m_scoreCard; }
    QListView* findingsList() const { return m_findings; }

protected:
    void rebuild() override;
    void updateHighlight() override {}

private:
    QLabel* m_headline;
    QTableWidget* m_scoreCard;
    QListView* m_findings;
};

} // namespace mixscope
