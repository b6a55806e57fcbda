#include "cli/CommandRegistry.h"

#include "model/Event.h"
#include "model/EventCounts.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/StatisticsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
class InfoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override { return QStringLiteral("Show an event's facts and counts."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys: name, venue, start, end, timezone, "
                                                                 "rooms, tracks, sessions, speakers, participants).")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        auto event = file->event().load();
        auto counts = file->statistics().counts();
        if (!event)
            return fail(event);
        if (!counts)
            return fail(counts);
        const Event &e = event.value();
        const EventCounts &c = counts.value();
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject byCategory, checkedByCategory;
            for (auto it = c.participantsByCategory.cbegin(); it != c.participantsByCategory.cend(); ++it)
                byCategory.insert(it.key(), it.value());
            for (auto it = c.checkedInByCategory.cbegin(); it != c.checkedInByCategory.cend(); ++it)
                checkedByCategory.insert(it.key(), it.value());
            const QJsonObject o{
                {QStringLiteral("name"), e.name},
                {QStringLiteral("venue"), e.venueName},
                {QStringLiteral("start"), e.firstDay.toString(Qt::ISODate)},
                {QStringLiteral("end"), e.lastDay.toString(Qt::ISODate)},
                {QStringLiteral("timezone"), QString::fromUtf8(e.timeZoneId)},
                {QStringLiteral("rooms"), c.rooms},
                {QStringLiteral("tracks"), c.tracks},
                {QStringLiteral("sessions"), c.sessions},
                {QStringLiteral("speakers"), c.speakers},
                {QStringLiteral("participants"), c.participants},
                {QStringLiteral("checked_in"), c.checkedIn},
                {QStringLiteral("participants_by_category"), byCategory},
                {QStringLiteral("checked_in_by_category"), checkedByCategory},
            };
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        out() << e.name << '\n';
        if (!e.subtitle.isEmpty())
            out() << e.subtitle << '\n';
        out() << "Venue:        " << e.venueName;
        if (!e.venueAddress.isEmpty())
            out() << ", " << e.venueAddress;
        out() << '\n'
              << "Organiser:    " << e.organiser << '\n'
              << "Dates:        " << e.firstDay.toString(Qt::ISODate) << " to " << e.lastDay.toString(Qt::ISODate)
              << " (" << count(e.dayCount(), "day", "days") << ")\n"
              << "Time zone:    " << QString::fromUtf8(e.timeZoneId) << '\n'
              << "Rooms:        " << c.rooms << '\n'
              << "Tracks:       " << c.tracks << '\n'
              << "Sessions:     " << c.sessions << " (" << c.scheduledSessions << " scheduled)\n"
              << "Speakers:     " << c.speakers << '\n'
              << "Participants: " << c.participants << " (" << c.checkedIn << " checked in)\n";
        for (auto it = c.participantsByCategory.cbegin(); it != c.participantsByCategory.cend(); ++it)
            out() << "  " << it.key().leftJustified(12) << it.value() << " (" << c.checkedInByCategory.value(it.key())
                  << " checked in)\n";
        if (file->isReadOnly() && !file->readOnlyReason().startsWith(QLatin1String("Opened read-only")))
            out() << file->readOnlyReason() << '\n';
        return ExitOk;
    }
};
CommandRegistration<InfoCommand> registration;
} // namespace
