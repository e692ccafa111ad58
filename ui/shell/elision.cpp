#include "ui/shell/elision.h"

#include <algorithm>

namespace mixscope {

namespace {

qsizetype commonPrefix(const QString& a, const QString& b) {
    const qsizetype length = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i < length && a[i] == b[i]) {
        ++i;
    }
    return i;
}

} // namespace

QStringList distinctElided(const QStringList& names, const std::vector<double>& widths,
                           const QFontMetricsF& metrics) {
    QStringList shown;
    for (qsizetype i = 0; i < names.size(); ++i) {
        shown << metrics.elidedText(names[i], Qt::ElideMiddle,
                                    std::max(0.0, widths[static_cast<std::size_t>(i)]));
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        // Where this name first differs from every other that reads alike.
        qsizetype differsAt = -1;
        for (qsizetype j = 0; j < names.size(); ++j) {
            if (j != i && shown[j] == shown[i] && names[j] != names[i]) {
                differsAt = std::max(differsAt, commonPrefix(names[i], names[j]));
            }
        }
        if (differsAt < 0) {
            continue;
        }
        // A few letters before the difference, for context.
        const qsizetype from = std::max<qsizetype>(0, differsAt - 4);
        const QString tail = (from > 0 ? QString(QChar(0x2026)) : QString()) + names[i].mid(from);
        shown[i] = metrics.elidedText(tail, Qt::ElideRight,
                                      std::max(0.0, widths[static_cast<std::size_t>(i)]));
    }
    return shown;
}

} // namespace mixscope
