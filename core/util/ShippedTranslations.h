#pragma once

#include <QStringList>

// The translations Podium ships (French, German: the .qm files under :/i18n),
// for reading what people wrote in any of them, such as a German sheet's
// "Referent" for a speaker, whatever language the program itself runs in
// (podium-cli runs in none). Safe to call from any thread.
class ShippedTranslations
{
public:
    // `source` translated in `context`, once per shipped language that translates it.
    static QStringList of(const char *context, const char *source);
};
