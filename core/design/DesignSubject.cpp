#include "design/DesignSubject.h"

#include "design/Design.h"
#include "print/BadgeRenderer.h"
#include "print/PrintData.h"

#include <QSet>

DesignSubjects::DesignSubjects(const PrintData &data, const Design &design) : m_data(data), m_design(design)
{
    bool listsSessions = false;
    for (const DesignSide *side : {&design.front, &design.back}) {
        if (side == &design.back && !design.hasBack())
            break;
        for (const DesignElement &e : side->elements)
            listsSessions = listsSessions || e.type == DesignElement::Type::SessionList;
    }
    if (!listsSessions)
        return;
    const QLocale locale = data.locale();
    const bool severalDays = data.programmeDays().size() > 1;
    for (const Session &session : data.programme()) {
        QStringList parts;
        if (severalDays)
            parts << locale.toString(data.localDay(session), QStringLiteral("ddd d MMM"));
        parts << data.timeRange(session) << session.title.simplified();
        if (const Room *room = data.room(session.roomId))
            parts << room->name;
        const QString line = parts.join(QStringLiteral(" · "));
        QSet<PersonId> listed; // a chair who also speaks gets the session once
        for (const SessionRole &role : data.rolesOf(session.id))
            if (!listed.contains(role.personId)) {
                listed.insert(role.personId);
                m_sessions[role.personId] << line;
            }
    }
}

DesignSubject DesignSubjects::of(const Participant &participant) const
{
    DesignSubject s;
    static const Person nobody;
    const Person *person = m_data.person(participant.personId);
    s.values = DesignPlaceholders::forParticipant(m_data, participant, person ? *person : nobody);
    if (m_design.kind == Design::Kind::Certificate)
        DesignPlaceholders::addCertificate(s.values, m_data, m_design.certificate);
    s.categoryKey = toKey(participant.category);
    s.categoryColour = m_design.categoryColours.value(s.categoryKey, BadgeRenderer::categoryColor(participant.category));
    s.sessions = m_sessions.value(participant.personId);
    return s;
}
