#pragma once

#include "core/diagnosis/finding.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace mixscope {

struct Finding;

/// Explains one finding in words: severity icon and title, where it applies
/// (frequencies, times), the evidence, the suggestion and the rule's
/// confidence. Shows a hint when no finding is selected. When playback is
/// available it offers to loop the finding's moments (each time is a link;
/// "Loop this moment" takes the first) and to solo its frequency range.
/// GUI thread only.
class FindingDetails : public QWidget {
    Q_OBJECT

public:
    explicit FindingDetails(QWidget* parent = nullptr);

    /// finding may be null (nothing selected); it is copied.
    void showFinding(const Finding* finding);
    /// Whether the listening buttons are offered (a mix can be played).
    void setPlaybackAvailable(bool available);
    /// The mix's length, seconds: moments covering most of it read "throughout".
    void setTrackDuration(double seconds);

    QPushButton* loopButton() const { return m_loop; }
    QPushButton* bandButton() const { return m_band; }

    /// The text shown, for tests and accessibility.
    QString text() const;

Q_SIGNALS:
    /// Loop this stretch of the mix.
    void loopRequested(const mixscope::TimeRange& range);
    /// Hear only this band; label names it for the band list.
    void bandSoloRequested(const QString& label, const mixscope::FrequencyRange& range);

private:
    void updateButtons();

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_loop;
    QPushButton* m_band;
    std::optional<Finding> m_finding;
    bool m_playbackAvailable = false;
    double m_durationS = 0.0;
};

} // namespace mixscope
