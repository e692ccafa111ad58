#include "ui/shell/applicationicon.h"

#include <array>

namespace mixscope {

QIcon ApplicationIcon::icon() {
    return QIcon::fromTheme(themeName(), builtIn());
}

QIcon ApplicationIcon::builtIn() {
    static constexpr std::array<int, 6> sizes{16, 32, 48, 64, 128, 256};
    QIcon icon;
    for (const int size : sizes) {
        icon.addFile(QStringLiteral(":/icons/%1x%1/mixscope.png").arg(size), QSize(size, size));
    }
    return icon;
}

QString ApplicationIcon::themeName() {
    return QStringLiteral("mixscope");
}

} // namespace mixscope
