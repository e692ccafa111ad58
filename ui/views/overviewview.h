#pragma once

#include "ui/views/analysisview.h"

class QLabel;
class QTableWidget;

namespace mixscope {

/// The first view: a score card with the mix and each reference side by side
/// (integrated loudness, loudness range, true peak, PLR, crest, correlation,
/// low-end correlation, tempo, match gain, sample rate, bit depth). The
/// findings are in the window's Findings panel, beside every view.
class OverviewView : public AnalysisView {
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    QTableWidget* scoreCard() const { return m_scoreCard; }

protected:
    void rebuild() override;
    void updateHighlight() override {}

private:
    QLabel* m_headline;
    QTableWidget* m_scoreCard;
};

} // namespace mixscope
