#pragma once

#include <QIcon>

namespace mixscope {

/// Mixscope's own icon (the window icon): "mixscope" from the icon theme when
/// one is installed (the package puts it in hicolor, so it follows the user's
/// theme), otherwise the copy compiled into the executable at 16, 32, 48, 64,
/// 128 and 256 px, drawn from assets/icons/mixscope.svg at build time.
/// Never null. Call after the QGuiApplication exists.
class ApplicationIcon {
public:
    static QIcon icon();

    /// The compiled-in copy alone.
    static QIcon builtIn();

    /// The name the icon has in icon themes (and in the .desktop file).
    static QString themeName();
};

} // namespace mixscope
