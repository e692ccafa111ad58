#pragma once

#include "core/diagnosis/finding.h"

#include <QIcon>

namespace mixscope {

/// The icon of a finding's severity, drawn rather than themed so that it reads
/// the same on light and dark palettes and tells the severities apart by
/// shape as well as colour: a red octagon with "!" (problem), an amber
/// triangle with "!" (warning), a blue circle with "i" (info), each with a
/// white glyph and a thin dark outline. Pixmaps are made for the device
/// pixel ratio Qt asks for (high DPI).
class SeverityIcon {
public:
    static QIcon icon(FindingSeverity severity);
};

} // namespace mixscope
