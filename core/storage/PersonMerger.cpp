#include "storage/PersonMerger.h"

#include "model/PersonFields.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonMerger)
};

// Lower is better: the registration that moves when the kept person has none.
auto preference(const Participant &p)
{
    return std::make_tuple(int(p.status), !p.isCheckedIn(), !p.registeredAt.isValid(), p.registeredAt, p.id);
}

QString roleKey(const SessionRole &r)
{
    return QStringLiteral("%1/%2").arg(r.sessionId).arg(toKey(r.role));
}
} // namespace

Person PersonMerger::proposal(const Person &kept, const QList<Person> &others)
{
    Person merged = kept;
    for (const Person &other : others) {
        for (const PersonTextField &field : PersonFields::text())
            if ((merged.*field.member).trimmed().isEmpty())
                merged.*field.member = other.*field.member;
        if (merged.organisationType == OrganisationType::Other)
            merged.organisationType = other.organisationType;
        if (!merged.externalId)
            merged.externalId = other.externalId;
    }
    return merged;
}

Result<PersonMerger::Plan> PersonMerger::plan(PersonId keptId, const QList<PersonId> &absorbed) const
{
    using R = Result<Plan>;
    if (absorbed.isEmpty())
        return R::failure(Tr::tr("Choose at least two people to merge."));
    if (absorbed.contains(keptId) || QSet<PersonId>(absorbed.cbegin(), absorbed.cend()).size() != absorbed.size())
        return R::failure(Tr::tr("A person cannot be merged with themselves."));
    const PersonRepository people(m_file);
    Plan plan;
    auto kept = people.record(keptId);
    if (!kept)
        return R::failure(kept.error());
    plan.kept = kept->person;
    plan.roles = kept->roles;
    plan.registrations = kept->registrations;
    QSet<QString> held;
    for (const SessionRole &r : std::as_const(plan.roles))
        held.insert(roleKey(r));
    QList<Participant> candidates;
    for (PersonId id : absorbed) {
        auto other = people.record(id);
        if (!other)
            return R::failure(other.error());
        plan.absorbed << other->person;
        for (SessionRole r : std::as_const(other->roles)) {
            if (held.contains(roleKey(r))) {
                ++plan.duplicateRoles;
                continue;
            }
            held.insert(roleKey(r));
            r.personId = keptId;
            plan.roles << r;
        }
        candidates << other->registrations;
    }
    if (plan.registrations.isEmpty() && !candidates.isEmpty()) {
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Participant &a, const Participant &b) { return preference(a) < preference(b); });
        Participant moved = candidates.takeFirst();
        moved.personId = keptId;
        plan.registrations << moved;
    }
    plan.dropped = candidates;
    return plan;
}

Status PersonMerger::merge(const Person &merged, const QList<PersonId> &absorbed) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto planned = plan(merged.id, absorbed);
    if (!planned)
        return Status::failure(planned.error());
    const PersonRepository people(m_file);
    if (Status st = people.update(merged); !st)
        return st;
    const SessionRepository sessions(m_file);
    for (const SessionRole &r : std::as_const(planned->roles))
        if (Status st = sessions.addRole(r); !st)
            return st;
    const ParticipantRepository participants(m_file);
    for (const Participant &p : std::as_const(planned->registrations))
        if (Status st = participants.update(p); !st)
            return st;
    const AvailabilityRepository availability(m_file);
    auto keptTimes = availability.ofPerson(merged.id);
    if (!keptTimes)
        return Status::failure(keptTimes.error());
    for (PersonId id : absorbed) {
        if (!keptTimes->isAlways())
            break;
        auto times = availability.ofPerson(id);
        if (!times)
            return Status::failure(times.error());
        if (times->isAlways())
            continue;
        if (Status st = availability.setPerson(merged.id, times.value()); !st)
            return st;
        keptTimes = times;
    }
    // Removing them also removes their roles (now held by the kept person) and dropped registrations.
    for (PersonId id : absorbed)
        if (Status st = people.remove(id); !st)
            return st;
    return transaction.commit();
}
