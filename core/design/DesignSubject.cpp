#include "design/DesignSubject.h"

#include "design/Design.h"
#include "print/BadgeRenderer.h"
#include "print/PrintData.h"

DesignSubject DesignSubject::of(const PrintData &data, const Design &design, const Participant &participant)
{
    DesignSubject s;
    static const Person nobody;
    const Person *person = data.person(participant.personId);
    s.values = DesignPlaceholders::forParticipant(data, participant, person ? *person : nobody);
    if (design.kind == Design::Kind::Certificate)
        DesignPlaceholders::addCertificate(s.values, data, design.certificate);
    s.categoryKey = toKey(participant.category);
    s.categoryColour = design.categoryColours.value(s.categoryKey, BadgeRenderer::categoryColor(participant.category));
    bool listsSessions = false;
    for (const DesignSide *side : {&design.front, &design.back})
        for (const DesignElement &e : side->elements)
            listsSessions = listsSessions || e.type == DesignElement::Type::SessionList;
    if (listsSessions)
        s.sessions = sessionLines(data, participant.personId);
    return s;
}

QStringList DesignSubject::sessionLines(const PrintData &data, PersonId person)
{
    QStringList lines;
    const QLocale locale = data.locale();
    const bool severalDays = data.programmeDays().size() > 1;
    for (const Session &session : data.programme()) {
        bool takesPart = false;
        for (const SessionRole &role : data.rolesOf(session.id))
            takesPart = takesPart || role.personId == person;
        if (!takesPart)
            continue;
        QStringList parts;
        if (severalDays)
            parts << locale.toString(data.localDay(session), QStringLiteral("ddd d MMM"));
        parts << data.timeRange(session) << session.title.simplified();
        if (const Room *room = data.room(session.roomId))
            parts << room->name;
        lines << parts.join(QStringLiteral(" · "));
    }
    return lines;
}
