#include "model/Person.h"

#include <QStringList>

static QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(sep);
}

QString Person::fullName() const
{
    return joinNonEmpty({firstName, lastName}, QStringLiteral(" "));
}

QString Person::displayName() const
{
    return joinNonEmpty({title, firstName, lastName}, QStringLiteral(" "));
}

QString Person::sortName() const
{
    return joinNonEmpty({lastName, firstName}, QStringLiteral(", "));
}

bool Person::operator==(const Person &o) const
{
    return id == o.id && guid == o.guid && externalId == o.externalId && title == o.title
        && firstName == o.firstName && lastName == o.lastName && organisation == o.organisation
        && organisationType == o.organisationType && position == o.position && email == o.email
        && phone == o.phone && country == o.country && bio == o.bio;
}
