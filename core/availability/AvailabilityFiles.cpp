#include "availability/AvailabilityFiles.h"

#include "availability/AvailabilityCsvReader.h"
#include "availability/AvailabilityCsvWriter.h"
#include "availability/AvailabilityOwners.h"
#include "availability/FreeBusyReader.h"
#include "availability/FreeBusyWriter.h"
#include "model/Event.h"
#include "schedule/ProgrammeDays.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"

#include <QFileInfo>

namespace {

// What reading and writing need of the event.
struct Context
{
    Event event;
    ProgrammeDays days;
    QDateTime start; // the first programme day's start, UTC (invalid without days)
    QDateTime end;
    std::optional<AvailabilityOwners> owners;
};

Result<Context> load(const EventStore &file)
{
    using R = Result<Context>;
    Context c;
    auto event = file.event().load();
    if (!event)
        return R::failure(event.error());
    c.event = event.value();
    auto days = ProgrammeDays::load(file);
    if (!days)
        return R::failure(days.error());
    c.days = days.value();
    if (c.event.dayCount() > 0) {
        c.start = c.days.start(c.event.firstDay);
        c.end = c.days.end(c.event.lastDay);
    }
    auto people = file.people().all();
    if (!people)
        return R::failure(people.error());
    auto rooms = file.rooms().all();
    if (!rooms)
        return R::failure(rooms.error());
    c.owners.emplace(std::move(people).value(), std::move(rooms).value());
    return c;
}

} // namespace

std::optional<AvailabilityFiles::Format> AvailabilityFiles::formatOf(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

std::optional<AvailabilityFiles::Format> AvailabilityFiles::formatNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("ics") || n == QLatin1String("ifb") || n == QLatin1String("ical")
        || n == QLatin1String("icalendar"))
        return Format::ICalendar;
    return std::nullopt;
}

Result<AvailabilityChange> AvailabilityFiles::read(const EventStore &file, const QString &path, Format format)
{
    auto context = load(file);
    if (!context)
        return Result<AvailabilityChange>::failure(context.error());
    const Context &c = context.value();
    return format == Format::Csv ? AvailabilityCsvReader::read(path, c.event, *c.owners)
                                 : FreeBusyReader::read(path, c.event, c.start, c.end, *c.owners);
}

Result<AvailabilityChange> AvailabilityFiles::current(const EventStore &file, const AvailabilityChange &change)
{
    AvailabilityChange now;
    const AvailabilityRepository repo(file);
    for (auto it = change.people.cbegin(); it != change.people.cend(); ++it) {
        auto a = repo.ofPerson(it.key());
        if (!a)
            return Result<AvailabilityChange>::failure(a.error());
        now.people.insert(it.key(), a.value());
    }
    for (auto it = change.rooms.cbegin(); it != change.rooms.cend(); ++it) {
        auto a = repo.ofRoom(it.key());
        if (!a)
            return Result<AvailabilityChange>::failure(a.error());
        now.rooms.insert(it.key(), a.value());
    }
    return now;
}

Result<AvailabilityChange> AvailabilityFiles::import(const EventStore &file, const QString &path, Format format)
{
    auto change = read(file, path, format);
    if (!change)
        return change;
    if (Status st = AvailabilityRepository(file).replace(change->people, change->rooms); !st)
        return Result<AvailabilityChange>::failure(st.error());
    return change;
}

Status AvailabilityFiles::exportTo(const EventStore &file, const QString &path, Format format, bool overwrite)
{
    auto context = load(file);
    if (!context)
        return Status::failure(context.error());
    const Context &c = context.value();
    const AvailabilityRepository repo(file);
    AvailabilityChange all;
    auto people = repo.allPeople();
    if (!people)
        return Status::failure(people.error());
    all.people = std::move(people).value();
    auto rooms = repo.allRooms();
    if (!rooms)
        return Status::failure(rooms.error());
    all.rooms = std::move(rooms).value();
    return format == Format::Csv ? AvailabilityCsvWriter::write(path, overwrite, c.event, c.days, *c.owners, all)
                                 : FreeBusyWriter::write(path, overwrite, c.start, c.end, *c.owners, all);
}
