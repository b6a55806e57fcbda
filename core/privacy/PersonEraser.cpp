#include "privacy/PersonEraser.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PrivacyRepository.h"
#include "storage/SessionRepository.h"

Result<ErasurePlan> PersonEraser::plan(const QList<Person> &people) const
{
    using R = Result<ErasurePlan>;
    ErasurePlan plan;
    QStringList texts;
    for (const Person &p : people) {
        ErasurePlan::Entry entry{p, {}, {}};
        auto registrations = m_file.participants().forPerson(p.id);
        if (!registrations)
            return R::failure(registrations.error());
        entry.registrations = registrations.value();
        auto roles = m_file.people().roles(p.id);
        if (!roles)
            return R::failure(roles.error());
        for (const SessionRole &role : roles.value()) {
            auto session = m_file.sessions().byId(role.sessionId);
            if (!session)
                return R::failure(session.error());
            entry.sessions << ErasurePlan::SessionPart{session->title, role.role};
        }
        plan.entries << entry;
        texts << p.fullName() << p.email.trimmed();
    }
    auto mentions = PrivacyRepository(m_file).mentions(texts);
    if (!mentions)
        return R::failure(mentions.error());
    plan.mentions = mentions.value();
    return plan;
}

Status PersonEraser::erase(const ErasurePlan &plan) const
{
    if (m_file.isReadOnly())
        return Status::failure(m_file.describe(tr("is read-only: nobody was erased.")));
    // Erasing from a damaged file could miss copies in a damaged index.
    if (Status whole = m_file.verifyWhole(); !whole)
        return whole;
    const PrivacyRepository repository(m_file);
    if (Status s = repository.removePeople(plan.personIds()); !s)
        return s;
    if (Status s = repository.compact(); !s)
        return Status::failure(tr("The people were removed and their records overwritten, but the file could not be "
                                  "compacted afterwards: %1")
                                   .arg(s.error()));
    return {};
}
