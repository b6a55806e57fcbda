#include "print/SpeakerListRenderer.h"

#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/PrintedName.h"
#include "print/TableWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SpeakerListRenderer", text);
}
} // namespace

Status SpeakerListRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    // Each person's sessions in programme order, cancelled ones left out.
    QHash<PersonId, QStringList> sessionsOf;
    QList<Session> ordered = data().programme();
    for (const Session &s : data().sessions)
        if (!s.isScheduled() && s.status != SessionStatus::Cancelled)
            ordered << s;
    for (const Session &session : ordered) {
        const Room *room = data().room(session.roomId);
        QString when = session.isScheduled()
            ? data().locale().toString(data().localDay(session), QStringLiteral("ddd d MMM")) + QLatin1Char(' ')
                + data().timeRange(session) + (room ? QStringLiteral(", ") + room->name : QString())
            : tr("not scheduled yet");
        for (const SessionRole &role : data().rolesOf(session.id)) {
            QString line = when + QStringLiteral(": ") + session.title;
            if (role.role != Role::Speaker)
                line += QStringLiteral(" (") + toLabel(role.role) + QLatin1Char(')');
            sessionsOf[role.personId] << line;
        }
    }
    QList<Person> people;
    for (auto it = sessionsOf.cbegin(); it != sessionsOf.cend(); ++it)
        if (const Person *person = data().person(it.key()))
            people << *person;
    if (people.isEmpty())
        return Status::failure(tr("No session has a speaker yet: the speaker list would be empty."));
    PrintData::sortPeople(people);

    PageFlow flow(canvas, contentArea(canvas), footer(tr("Speakers")));
    flow.newPage();
    heading(flow, tr("Speakers"), 18);
    TableWriter table(flow, {{tr("Name"), 1.1, true}, {tr("Organisation"), 1.1, false}, {tr("Sessions"), 2.6, false}}, 8.5);
    table.setMaxLines(24);
    for (int i = 0; i < people.size(); ++i) {
        if (canvas.full())
            break;
        if (i % 50 == 0 && !step(progress, i, int(people.size())))
            return Status::failure(cancelledMessage());
        const Person &person = people.at(i);
        QString organisation = person.organisation;
        if (!person.position.trimmed().isEmpty())
            organisation = person.position.trimmed() + (organisation.isEmpty() ? QString() : QStringLiteral("\n") + organisation);
        table.addRow({PrintedName::of(person).withHonorific(), organisation, sessionsOf.value(person.id).join(QLatin1Char('\n'))});
    }
    step(progress, int(people.size()), int(people.size()));
    return Status();
}
