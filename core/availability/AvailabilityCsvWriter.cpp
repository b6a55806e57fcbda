#include "availability/AvailabilityCsvWriter.h"

#include "availability/AvailabilityOwners.h"
#include "availability/AvailabilityRows.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "model/Event.h"

#include <algorithm>

namespace {

void writeRows(CsvWriter &csv, const QString &person, const QString &room, const Event &event,
               const ProgrammeDays &days, const Availability &availability)
{
    for (const AvailabilityPiece &piece : AvailabilityRows::byDay(availability, days)) {
        const QDateTime from = event.toLocal(piece.span.start);
        const QDateTime to = event.toLocal(piece.span.end);
        csv.field(person);
        csv.field(room);
        csv.field(from.date().toString(Qt::ISODate));
        csv.field(from.time().toString(QStringLiteral("HH:mm")));
        // Midnight the next day reads "24:00" when the span starts at midnight too (a whole calendar day).
        const bool wholeDay = from.time() == QTime(0, 0) && to.time() == QTime(0, 0) && to.date() == from.date().addDays(1);
        csv.field(wholeDay ? QStringLiteral("24:00") : to.time().toString(QStringLiteral("HH:mm")));
        csv.field(toKey(piece.span.kind));
        csv.endRow();
    }
}

} // namespace

Status AvailabilityCsvWriter::write(const QString &path, bool overwrite, const Event &event, const ProgrammeDays &days,
                                    const AvailabilityOwners &owners, const AvailabilityChange &availability)
{
    auto out = OutputFile::open(path, overwrite);
    if (!out)
        return Status::failure(out.error());
    CsvWriter csv(out.value()->device(), CsvWriter::Format{});
    for (const char *header : {"person", "room", "day", "from", "to", "kind"})
        csv.field(QString::fromLatin1(header));
    csv.endRow();
    QList<Person> people = owners.people();
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return std::make_pair(a.sortName().toCaseFolded(), a.id) < std::make_pair(b.sortName().toCaseFolded(), b.id);
    });
    for (const Person &p : people)
        if (const auto it = availability.people.constFind(p.id); it != availability.people.constEnd())
            writeRows(csv, owners.personKey(p.id), QString(), event, days, *it);
    for (const Room &r : owners.rooms()) // in timetable order
        if (const auto it = availability.rooms.constFind(r.id); it != availability.rooms.constEnd())
            writeRows(csv, QString(), r.name, event, days, *it);
    if (Status st = csv.finish(); !st) {
        const Status failure = out.value()->writeFailure();
        out.value()->cancel();
        return failure.ok() ? st : failure;
    }
    return out.value()->commit();
}
