#include "widgets/ThemeIcons.h"

#include <QFile>

static void loadFallbackIcons()
{
    Q_INIT_RESOURCE(icons); // it lives in the static podium_ui library
}

QIcon ThemeIcons::icon(const QString &name)
{
    static const bool loaded = (loadFallbackIcons(), true);
    Q_UNUSED(loaded);
    // Not QIcon::setFallbackThemeName: platforms without a theme (offscreen,
    // a bare X server) may not consult it; the bundled files always load.
    QIcon bundled;
    for (const char *size : {"24x24", "48x48"}) {
        const QString file = QStringLiteral(":/icons/fallback/%1/%2.png").arg(QLatin1String(size), name);
        if (QFile::exists(file))
            bundled.addFile(file);
    }
    return QIcon::fromTheme(name, bundled);
}
