#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace mixscope {

/// A strip showing one track's short-term loudness over its whole length,
/// with the playhead and the loop region. A click asks to seek there; a
/// drag selects a loop region. Keyboard: Left/Right are the controller's.
class LoudnessOverview : public QWidget {
    Q_OBJECT

public:
    explicit LoudnessOverview(QWidget* parent = nullptr);

    /// shortTermLufs: entry i is the window ending at (i + 1) · intervalS
    /// (TrackAnalysis::loudness.shortTermLufs / seriesIntervalS); empty
    /// entries are silence. durationS: the track's length (0: from the series).
    void setSeries(std::vector<std::optional<float>> shortTermLufs, double intervalS,
                   double durationS);
    void setPosition(double seconds);
    void setLoopRegion(double startS, double endS, bool active);
    double durationS() const { return m_durationS; }

    QSize sizeHint() const override { return {400, 48}; }
    QSize minimumSizeHint() const override { return {120, 32}; }

Q_SIGNALS:
    void seekRequested(double seconds);
    void loopRegionSelected(double startS, double endS);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    double secondsAt(double x) const;
    double xAt(double seconds) const;

    std::vector<std::optional<float>> m_series;
    double m_intervalS = 0.1;
    double m_durationS = 0.0;
    double m_positionS = 0.0;
    double m_loopStartS = 0.0;
    double m_loopEndS = 0.0;
    bool m_loopActive = false;
    std::optional<double> m_pressX;
    bool m_dragging = false;
    double m_dragX = 0.0;
};

} // namespace mixscope
