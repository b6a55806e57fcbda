#include "privacy/DataSubjectFinder.h"

#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/PrivacyRepository.h"

Result<QList<Person>> DataSubjectFinder::byEmail(const EventStore &file, const QString &email)
{
    // A desk's or viewer's views hold no addresses: it would find no one, and say so wrongly.
    const StorePermissions allowed = file.permissions();
    if (!allowed.seeContactDetails)
        return Result<QList<Person>>::failure(allowed.refusal);
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
