#include "model/PersonFields.h"

#include <QCoreApplication>

QString PersonTextField::translatedLabel() const
{
    return QCoreApplication::translate("Person", label);
}

const std::vector<PersonTextField> &PersonFields::text()
{
    static const std::vector<PersonTextField> list = {
        {&Person::title, QT_TRANSLATE_NOOP("Person", "Title")},
        {&Person::firstName, QT_TRANSLATE_NOOP("Person", "First name")},
        {&Person::lastName, QT_TRANSLATE_NOOP("Person", "Last name")},
        {&Person::organisation, QT_TRANSLATE_NOOP("Person", "Organisation")},
        {&Person::position, QT_TRANSLATE_NOOP("Person", "Position")},
        {&Person::email, QT_TRANSLATE_NOOP("Person", "Email")},
        {&Person::phone, QT_TRANSLATE_NOOP("Person", "Phone")},
        {&Person::country, QT_TRANSLATE_NOOP("Person", "Country")},
        {&Person::bio, QT_TRANSLATE_NOOP("Person", "Biography")},
    };
    return list;
}
