#pragma once

#include <QFontMetricsF>
#include <QStringList>

#include <vector>

namespace mixscope {

/// Track names shortened for a place too narrow for them (a legend, a
/// button): each to its width in metrics' font, cut in the middle ("Summer
/// Nigh…mix v3)"), so that both ends stay. Names that would then read alike
/// ("refer…aster)" twice) show instead where they differ ("…e 6 — hip-h…",
/// "…e 7 — pop 1…"), so that no two different names read alike while their
/// widths hold a letter of the difference. widths has one entry per name.
QStringList distinctElided(const QStringList& names, const std::vector<double>& widths,
                           const QFontMetricsF& metrics);

} // namespace mixscope
