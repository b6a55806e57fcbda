#include "widgets/ThemeIcons.h"

static void loadFallbackIcons()
{
    Q_INIT_RESOURCE(icons); // it lives in the static podium_ui library
}

QIcon ThemeIcons::icon(const QString &name)
{
    static const bool installed = [] {
        loadFallbackIcons();
        QStringList paths = QIcon::themeSearchPaths();
        if (!paths.contains(QStringLiteral(":/icons")))
            paths << QStringLiteral(":/icons");
        QIcon::setThemeSearchPaths(paths);
        QIcon::setFallbackThemeName(QStringLiteral("fallback"));
        return true;
    }();
    Q_UNUSED(installed);
    return QIcon::fromTheme(name);
}
