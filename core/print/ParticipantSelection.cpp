#include "print/ParticipantSelection.h"

#include "model/RegistrationCode.h"

#include <QCoreApplication>
#include <QSet>

ConsentPolicy::Output ParticipantSelection::outputOf(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::AttendeeList: return ConsentPolicy::Output::SharedAttendeeList;
    case DocumentKind::SignInSheets: return ConsentPolicy::Output::SignInSheet;
    case DocumentKind::Certificates: return ConsentPolicy::Output::Certificate;
    default: return ConsentPolicy::Output::Badge;
    }
}

bool ParticipantSelection::printsByDefault(DocumentKind kind, RegistrationStatus status)
{
    // A badge is an entry ticket: the waiting list has none until given a place.
    if (kind == DocumentKind::Badges)
        return status == RegistrationStatus::Registered;
    return status != RegistrationStatus::Cancelled;
}

QString ParticipantSelection::defaultStatusLabel(DocumentKind kind)
{
    return kind == DocumentKind::Badges
        ? QCoreApplication::translate("ParticipantSelection", "Registered only (not waitlisted or cancelled)")
        : QCoreApplication::translate("ParticipantSelection", "All but cancelled");
}

bool ParticipantSelection::passesFiltersButStatus(const Participant &p) const
{
    if (!m_data.person(p.personId) || !ConsentPolicy::mayAppear(p, outputOf(m_options.kind)))
        return false;
    if (m_options.category && p.category != *m_options.category)
        return false;
    if (m_options.unprintedOnly && p.badgePrinted)
        return false;
    return true;
}

bool ParticipantSelection::statusWanted(RegistrationStatus status) const
{
    return m_options.status ? status == *m_options.status : printsByDefault(m_options.kind, status);
}

QList<Participant> ParticipantSelection::participants() const
{
    QList<Participant> list;
    for (const Participant &p : m_data.participants) {
        if (m_options.onlyParticipants) {
            // A reprint: exactly those chosen (consent still holds).
            if (m_options.onlyParticipants->contains(p.id) && m_data.person(p.personId)
                && ConsentPolicy::mayAppear(p, outputOf(m_options.kind)))
                list.append(p);
            continue;
        }
        if (passesFiltersButStatus(p) && statusWanted(p.status))
            list.append(p);
    }
    m_data.sortByName(list);
    return list;
}

QMap<RegistrationStatus, int> ParticipantSelection::countByStatus() const
{
    QMap<RegistrationStatus, int> counts;
    for (RegistrationStatus s : Vocabulary<RegistrationStatus>::values())
        counts.insert(s, 0);
    for (const Participant &p : m_data.participants)
        if (passesFiltersButStatus(p))
            ++counts[p.status];
    return counts;
}

QSet<ParticipantId> ParticipantSelection::matching(const PrintData &data, const QString &terms)
{
    QSet<ParticipantId> ids;
    for (const QString &raw : terms.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString term = raw.simplified();
        if (term.isEmpty())
            continue;
        const QString code = RegistrationCode::normalise(term);
        for (const Participant &p : data.participants) {
            const Person *person = data.person(p.personId);
            if (!person)
                continue;
            if ((!code.isEmpty() && p.code == code) || person->fullName().contains(term, Qt::CaseInsensitive)
                || person->sortName().contains(term, Qt::CaseInsensitive))
                ids.insert(p.id);
        }
    }
    return ids;
}
