#include "print/PrintedName.h"

#include "model/Person.h"

#include <QStringList>

namespace {
QString joined(const QString &a, const QString &b)
{
    const QString x = a.simplified(), y = b.simplified();
    return x.isEmpty() ? y : y.isEmpty() ? x : x + QLatin1Char(' ') + y;
}
} // namespace

bool PrintedName::isFamilyFirstScript(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            break;
        }
    }
    return false;
}

PrintedName PrintedName::of(const Person &person)
{
    return of(person.title, person.firstName, person.lastName);
}

PrintedName PrintedName::of(const QString &honorific, const QString &given, const QString &family)
{
    PrintedName name;
    name.honorific = honorific.simplified();
    const QString g = given.simplified(), f = family.simplified();
    if (isFamilyFirstScript(f + g)) {
        // 王 + 小明: one word, as people write it.
        name.first = f + g;
    } else if (g.isEmpty() || f.isEmpty()) {
        name.first = g.isEmpty() ? f : g;
    } else {
        name.first = g;
        name.second = f;
    }
    return name;
}

QString PrintedName::oneLine() const
{
    return joined(first, second);
}

QString PrintedName::withHonorific() const
{
    return joined(honorific, oneLine());
}
