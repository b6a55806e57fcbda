#pragma once

#include <QIcon>
#include <QString>

// Icons by their freedesktop names: the desktop's own theme first, then the
// few Adwaita icons bundled in resources/icons/fallback (CC-BY-SA 3.0, see
// resources/icons/fallback/README), so a toolbar never shows blank buttons.
namespace ThemeIcons {
QIcon icon(const QString &name);
} // namespace ThemeIcons
