#include "privacy/DataSubjectFinder.h"

#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/PrivacyRepository.h"

Result<QList<Person>> DataSubjectFinder::byEmail(const EventStore &file, const QString &email)
{
    return PrivacyRepository(file).peopleWithEmail(email);
}

Result<QList<Person>> DataSubjectFinder::sameAddressAs(const EventStore &file, PersonId id)
{
    using R = Result<QList<Person>>;
    auto person = file.people().byId(id);
    if (!person)
        return R::failure(person.error());
    if (person->email.trimmed().isEmpty())
        return QList<Person>{person.value()};
    return byEmail(file, person->email);
}
