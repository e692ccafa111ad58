#pragma once

#include "ui/views/analysisview.h"

class QLabel;
class QTableWidget;

namespace mixscope {

/// The first view: a score card with the mix and each reference side by side
/// (integrated loudness, loudness range, true peak, PLR, crest, correlation,
/// low-end correlation, tempo, match gain, sample rate, bit depth): a column
/// per track while the columns fit the view's width, else a row per track
/// (as with a mix and eight references at 1280 px). The findings are in the
/// window's Findings panel, beside every view. Above it, which of the user's
/// profiles the mix sits closest to (SessionSnapshot::closestProfiles).
class OverviewView : public AnalysisView {
    Q_OBJECT

public:
    explicit OverviewView(QWidget* parent = nullptr);

    QTableWidget* scoreCard() const { return m_scoreCard; }
    /// "Most like your “Deep house” references (12 tracks): …", one line
    /// per profile; hidden without profiles.
    QLabel* closestProfiles() const { return m_closest; }
    /// Whether the score card has a row per track (else a column per track).
    bool tracksAsRows() const { return m_tracksAsRows; }

protected:
    void rebuild() override;
    void updateHighlight() override {}
    void resizeEvent(QResizeEvent* event) override;

private:
    /// A column per track fits when each gets kMinimumTrackWidth.
    bool columnsFit() const;
    void fillScoreCard();

    static constexpr int kMinimumTrackWidth = 120;

    QLabel* m_headline;
    QLabel* m_closest;
    QTableWidget* m_scoreCard;
    bool m_tracksAsRows = false;
};

} // namespace mixscope
