#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const char *const languageKey = "language";
}

std::vector<std::pair<QString, QString>> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString Translations::chosenLanguage()
{
    return QSettings().value(QLatin1String(languageKey)).toString();
}

void Translations::setChosenLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(languageKey));
    else
        settings.setValue(QLatin1String(languageKey), code);
}

QString Translations::install(QCoreApplication &app, const QString &directory)
{
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *podium = new QTranslator(&app);
    // English is the source language; its file only carries plural forms.
    if (podium->load(locale, QStringLiteral("podium"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(podium);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}
