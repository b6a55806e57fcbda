#include "privacy/PersonDataExporter.h"

#include "io/OutputFile.h"
#include "model/Event.h"
#include "model/Participant.h"
#include "model/Room.h"
#include "model/Session.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "util/OrderedJsonObject.h"

#include <QRegularExpression>

namespace {
QJsonValue text(const QString &value)
{
    return value;
}

QJsonValue localTime(const Event &event, const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(event.toLocal(utc).toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue utcTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

template <typename T>
Result<QByteArray> failed(const Result<T> &r)
{
    return Result<QByteArray>::failure(r.error());
}
} // namespace

Result<QByteArray> PersonDataExporter::toJson(const QList<Person> &people, const QDateTime &exportedAt) const
{
    auto event = m_file.event().load();
    if (!event)
        return failed(event);
    const Event &e = event.value();

    QList<OrderedJsonObject> records;
    for (const Person &p : people) {
        auto registrations = m_file.participants().forPerson(p.id);
        if (!registrations)
            return failed(registrations);
        QList<OrderedJsonObject> registrationList;
        for (const Participant &r : registrations.value())
            registrationList << OrderedJsonObject()
                                    .add(tr("Category"), toLabel(r.category))
                                    .add(tr("Status"), toLabel(r.status))
                                    .add(tr("Registration code"), r.code)
                                    .add(tr("Dietary needs"), text(r.dietary))
                                    .add(tr("Accessibility needs"), text(r.accessibility))
                                    .add(tr("May appear on attendee lists shared with others"), r.consentList)
                                    .add(tr("May be photographed"), r.consentPhoto)
                                    .add(tr("Checked in (event time)"), localTime(e, r.checkedIn))
                                    .add(tr("Checked in (UTC)"), utcTime(r.checkedIn))
                                    .add(tr("Badge printed"), r.badgePrinted)
                                    .add(tr("Notes"), text(r.notes))
                                    .add(tr("Registered (event time)"), localTime(e, r.registeredAt))
                                    .add(tr("Registered (UTC)"), utcTime(r.registeredAt));

        auto roles = m_file.people().roles(p.id);
        if (!roles)
            return failed(roles);
        QList<OrderedJsonObject> roleList;
        for (const SessionRole &role : roles.value()) {
            auto session = m_file.sessions().byId(role.sessionId);
            if (!session)
                return failed(session);
            QString room;
            if (session->roomId) {
                auto r = m_file.rooms().byId(*session->roomId);
                if (!r)
                    return failed(r);
                room = r->name;
            }
            roleList << OrderedJsonObject()
                            .add(tr("Session"), session->title)
                            .add(tr("Role"), toLabel(role.role))
                            .add(tr("Starts (event time)"), localTime(e, session->start))
                            .add(tr("Ends (event time)"), localTime(e, session->end()))
                            .add(tr("Room"), room.isEmpty() ? QJsonValue() : QJsonValue(room));
        }

        auto availability = AvailabilityRepository(m_file).ofPerson(p.id);
        if (!availability)
            return failed(availability);
        QList<OrderedJsonObject> availabilityList;
        for (const AvailabilitySpan &span : availability->spans)
            availabilityList << OrderedJsonObject()
                                    .add(tr("From (event time)"), localTime(e, span.start))
                                    .add(tr("To (event time)"), localTime(e, span.end))
                                    .add(tr("Kind"), toLabel(span.kind));

        records << OrderedJsonObject()
                       .add(tr("Name"), p.displayName())
                       .add(tr("Title"), text(p.title))
                       .add(tr("First name"), text(p.firstName))
                       .add(tr("Last name"), text(p.lastName))
                       .add(tr("Organisation"), text(p.organisation))
                       .add(tr("Type of organisation"), toLabel(p.organisationType))
                       .add(tr("Position"), text(p.position))
                       .add(tr("E-mail address"), text(p.email))
                       .add(tr("Phone number"), text(p.phone))
                       .add(tr("Country"), text(p.country))
                       .add(tr("Biography"), text(p.bio))
                       .add(tr("Podium identifier"), p.guid)
                       .add(tr("Identifier given by another programme"),
                            p.externalId ? QJsonValue(*p.externalId) : QJsonValue())
                       .add(tr("Registrations"), registrationList)
                       .add(tr("Roles in sessions"), roleList)
                       // Empty: they gave no times, so they may be placed at any time.
                       .add(tr("Availability"), availabilityList);
    }

    const OrderedJsonObject document =
        OrderedJsonObject()
            .add(tr("About this file"),
                 tr("Everything the organisers of “%1” store about you in their event file, as of the export date. "
                    "Times are given in the event’s time zone (%2) and in UTC; empty text means nothing is stored.")
                     .arg(e.name, QString::fromUtf8(e.timeZoneId)))
            .add(tr("Event"), e.name)
            .add(tr("Organiser"), text(e.organiser))
            .add(tr("Event time zone"), QString::fromUtf8(e.timeZoneId))
            .add(tr("Exported on (event time)"), localTime(e, exportedAt))
            .add(tr("Exported on (UTC)"), utcTime(exportedAt))
            .add(tr("People"), records);
    return document.toJson();
}

Status PersonDataExporter::write(const QList<Person> &people, const QString &path, bool overwrite) const
{
    auto json = toJson(people);
    if (!json)
        return Status::failure(json.error());
    auto output = OutputFile::open(path, overwrite);
    if (!output)
        return Status::failure(output.error());
    if (output.value()->device()->write(json.value()) != json->size()) {
        const Status failure = output.value()->writeFailure();
        output.value()->cancel();
        return failure;
    }
    return output.value()->commit();
}

QString PersonDataExporter::suggestedFileName(const Person &person)
{
    QString name = person.fullName();
    if (name.isEmpty())
        name = person.email;
    // Characters that file systems refuse.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return tr("Personal data - %1.json").arg(name);
}
