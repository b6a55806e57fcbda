#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

// Podium's interface languages: English (the source), French and German
// (Luxembourg's languages). The language follows the system unless one is
// chosen in Preferences.
class Translations
{
public:
    // Language codes and their names in their own language.
    static std::vector<std::pair<QString, QString>> available();
    // The code chosen in Preferences, or empty for "follow the system".
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &code);
    // Installs Podium's and Qt's translators for the chosen (or system) language.
    // `directory` holds podium_<code>.qm (by default the copies built into podium_core).
    static QString install(QCoreApplication &app, const QString &directory = QStringLiteral(":/i18n"));
};
