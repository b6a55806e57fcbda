#include "io/PublicName.h"

#include "model/Person.h"

#include <QStringList>

namespace {
bool isTitle(const QString &word)
{
    static const QStringList titles = {QStringLiteral("dr."), QStringLiteral("prof."), QStringLiteral("pd"),
                                       QStringLiteral("dipl.-ing."), QStringLiteral("mr."), QStringLiteral("mrs."),
                                       QStringLiteral("ms."), QStringLiteral("mx."), QStringLiteral("sir"),
                                       QStringLiteral("dame"), QStringLiteral("dr"), QStringLiteral("prof")};
    return titles.contains(word.toLower()) || word.startsWith(QLatin1String("Dr."))
        || word.startsWith(QLatin1String("Prof."));
}
} // namespace

void PublicName::split(const QString &publicName, Person &person)
{
    QStringList words = publicName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList title;
    while (words.size() > 1 && isTitle(words.first()))
        title << words.takeFirst();
    person.title = title.join(QLatin1Char(' '));
    person.lastName = words.isEmpty() ? QString() : words.takeLast();
    person.firstName = words.join(QLatin1Char(' '));
}
