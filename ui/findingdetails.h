#pragma once

#include <QWidget>

class QLabel;

namespace mixscope {

struct Finding;

/// Explains one finding in words: severity icon and title, where it applies
/// (frequencies, times), the evidence, the suggestion and the rule's
/// confidence. Shows a hint when no finding is selected. GUI thread only.
class FindingDetails : public QWidget {
    Q_OBJECT

public:
    explicit FindingDetails(QWidget* parent = nullptr);

    /// finding may be null (nothing selected); it is copied.
    void showFinding(const Finding* finding);

    /// The text shown, for tests and accessibility.
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};

} // namespace mixscope
