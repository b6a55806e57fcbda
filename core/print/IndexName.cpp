#include "print/IndexName.h"

#include "model/Person.h"
#include "print/PrintedName.h"

namespace {
// Pronouns, handles and placeholders people put where an import expected a family name.
bool isNoFamilyName(const QString &family)
{
    if (family.isEmpty())
        return true;
    const QChar first = family.front();
    if (first == QLatin1Char('(') || first == QLatin1Char('[') || first == QLatin1Char('@'))
        return true;
    for (QChar c : family)
        if (c.isLetter())
            return false;
    return true;
}

// From the first letter or digit on, for sorting: "(she/her)" sorts under "s", "@liv" under "l".
QString fromFirstLetter(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i).isLetterOrNumber())
            return text.mid(i);
    return QString();
}
} // namespace

IndexName IndexName::of(const Person &person)
{
    IndexName name;
    const QString given = person.firstName.simplified();
    const QString family = person.lastName.simplified();
    if (PrintedName::isFamilyFirstScript(given + family))
        name.shown = PrintedName::of(QString(), given, family).oneLine();
    else if (isNoFamilyName(family) || given.isEmpty())
        name.shown = (given + QLatin1Char(' ') + family).simplified();
    else
        name.shown = family + QStringLiteral(", ") + given;
    name.sortKey = fromFirstLetter(name.shown);
    return name;
}
