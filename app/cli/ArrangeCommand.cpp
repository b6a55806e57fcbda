#include "cli/CommandRegistry.h"

#include "arrange/Arranger.h"
#include "io/ScheduleFiles.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArrangeCommand)
};

class ArrangeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("arrange"); }
    QString summary() const override
    {
        return Tr::tr("Place sessions on the timetable so that every hard constraint holds and the soft ones cost "
                      "least (COIN-OR CBC); sessions that cannot be placed are listed with the reason. Exits 1 "
                      "when some are left unplaced.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addOption({QStringLiteral("day"), Tr::tr("Rearrange this day only (YYYY-MM-DD); other days stay."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("track"), Tr::tr("Rearrange this track's sessions only (its name)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("keep-scheduled"),
                          Tr::tr("Leave scheduled sessions where they are: place unscheduled ones only.")});
        parser.addOption({QStringLiteral("time-limit"),
                          Tr::tr("Seconds to look for a better timetable (default 10)."), QStringLiteral("S")});
        parser.addOption({QStringLiteral("hours"),
                          Tr::tr("The hours sessions may take each day (default 09:00-18:00; 10:00-04:00 runs past "
                                 "midnight), widened to what is already scheduled."),
                          QStringLiteral("HH:MM-HH:MM")});
        parser.addOption({QStringLiteral("step"), Tr::tr("Sessions start on this step of minutes (default 15)."),
                          QStringLiteral("MINUTES")});
        parser.addOption({QStringLiteral("published"),
                          Tr::tr("The programme as last published (frab/pretalx XML or JSON, or a sessions CSV, as "
                                 "exported): fewest changes are counted from it rather than from the current "
                                 "timetable."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("dry-run"), Tr::tr("Show the plan without changing the file.")});
        parser.addOption({QStringLiteral("json"),
                          Tr::tr("Print the plan as JSON (keys: applied, sessions, placed, moved, unplaced, "
                                 "objective, bound, optimal, seconds, changes [{kind, session {id, title}, before, "
                                 "after {room, start, end}, reason}]).")});
    }

    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        Arranger::Options options;
        int seconds = 10;
        if (!intOption(parser, QStringLiteral("time-limit"), 1, 3600, &seconds)
            || !intOption(parser, QStringLiteral("step"), 5, 120, &options.scope.stepMinutes))
            return ExitUsage;
        options.seconds = seconds;
        options.scope.keepScheduled = parser.isSet(QStringLiteral("keep-scheduled"));
        if (parser.isSet(QStringLiteral("day"))) {
            const QDate day = QDate::fromString(parser.value(QStringLiteral("day")), Qt::ISODate);
            if (!day.isValid())
                return fail(Tr::tr("podium-cli arrange: --day must be a date like 2027-03-15, not “%1”.")
                                .arg(parser.value(QStringLiteral("day"))));
            options.scope.day = day;
        }
        if (parser.isSet(QStringLiteral("hours")) && !parseHours(parser.value(QStringLiteral("hours")), options.scope))
            return fail(Tr::tr("podium-cli arrange: --hours must be like 09:00-18:00, not “%1”.")
                            .arg(parser.value(QStringLiteral("hours"))));
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto file = openEvent(positional(parser, 0), dryRun);
        if (!file)
            return ExitUsage;
        if (parser.isSet(QStringLiteral("track"))) {
            auto track = findTrack(*file, parser.value(QStringLiteral("track")));
            if (!track)
                return fail(track);
            options.scope.track = track.value();
        }
        if (parser.isSet(QStringLiteral("published"))) {
            auto published = ScheduleFiles::read(parser.value(QStringLiteral("published")));
            if (!published)
                return fail(published);
            auto places = Arranger::publishedPlaces(*file, published.value());
            if (!places)
                return fail(places);
            if (places->isEmpty())
                return fail(Tr::tr("podium-cli arrange: no session of the event is in “%1” (sessions are matched by "
                                   "GUID, rooms by name).")
                                .arg(parser.value(QStringLiteral("published"))));
            options.scope.published = places.value();
            if (!parser.isSet(QStringLiteral("json")))
                out() << "Fewest changes from the published programme (" << count(places->size(), "session", "sessions")
                      << " found in it).\n";
        }
        auto plan = Arranger::plan(*file, options);
        if (!plan)
            return fail(plan);
        auto event = file->event().load();
        if (!event)
            return fail(event);
        const bool apply = !dryRun && plan->changesAnything();
        if (apply)
            if (Status s = plan->apply(*file); !s)
                return fail(s);
        if (parser.isSet(QStringLiteral("json")))
            printJson(plan.value(), event.value(), apply);
        else
            printText(plan.value(), event.value(), apply, dryRun, file->isOnServer());
        return plan->count(ArrangeChange::Kind::Unplaced) == 0 ? ExitOk : ExitProblems;
    }

private:
    static bool parseHours(const QString &text, ArrangeScope &scope)
    {
        const QStringList parts = text.split(QLatin1Char('-'));
        if (parts.size() != 2)
            return false;
        const QTime from = QTime::fromString(parts[0].trimmed(), QStringLiteral("H:mm"));
        const QTime to = QTime::fromString(parts[1].trimmed(), QStringLiteral("H:mm"));
        if (!from.isValid() || !to.isValid() || to == from) // 10:00-04:00 runs past midnight
            return false;
        scope.dayStart = from;
        scope.dayEnd = to;
        return true;
    }

    static Result<TrackId> findTrack(const EventStore &file, const QString &name)
    {
        auto tracks = file.tracks().all();
        if (!tracks)
            return Result<TrackId>::failure(tracks.error());
        QStringList names;
        for (const Track &t : tracks.value()) {
            if (t.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return t.id;
            names << t.name;
        }
        return Result<TrackId>::failure(Tr::tr("podium-cli arrange: the event has no track “%1” (tracks: %2).")
                                            .arg(name, names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", "))));
    }

    static QString place(const Event &event, const QString &room, const QDateTime &start)
    {
        return QStringLiteral("%1, %2").arg(room, QLocale::c().toString(event.toLocal(start), QStringLiteral("ddd d MMM HH:mm")));
    }

    void printText(const ArrangePlan &plan, const Event &event, bool applied, bool dryRun, bool onServer)
    {
        using Kind = ArrangeChange::Kind;
        out() << "Arranged " << count(plan.sessionsConsidered, "session", "sessions") << " in "
              << QString::number(plan.seconds, 'f', 1) << " s (first timetable after "
              << QString::number(plan.firstFeasibleSeconds, 'f', 2) << " s); cost "
              << QString::number(plan.objective, 'f', 2)
              << (plan.optimal ? QStringLiteral(", optimal") : QStringLiteral(", within %1% of the best possible").arg(QString::number(100 * plan.gap(), 'f', 1)))
              << (plan.cancelled ? ", cancelled" : "") << ".\n";
        const struct
        {
            Kind kind;
            const char *heading;
        } groups[] = {{Kind::Placed, "Placed"}, {Kind::Moved, "Moved"}, {Kind::Unplaced, "Unplaced"}};
        for (const auto &group : groups) {
            const int n = plan.count(group.kind);
            if (n == 0)
                continue;
            out() << group.heading << " (" << n << "):\n";
            for (const ArrangeChange &c : plan.changes) {
                if (c.kind != group.kind)
                    continue;
                out() << "  “" << c.title << "”";
                if (c.kind == Kind::Placed)
                    out() << ": " << place(event, c.roomNameAfter, c.startAfter);
                else if (c.kind == Kind::Moved)
                    out() << ": " << place(event, c.roomNameBefore, c.startBefore) << " -> "
                          << place(event, c.roomNameAfter, c.startAfter);
                else
                    out() << (c.roomBefore ? QStringLiteral(" (taken off %1)").arg(place(event, c.roomNameBefore, c.startBefore)) : QString())
                          << ": " << c.reason;
                out() << '\n';
            }
        }
        if (!plan.changesAnything())
            out() << "Nothing to change.\n";
        else if (applied)
            out() << (onServer ? "Applied to the event on the server.\n" : "Applied to the file.\n");
        else if (dryRun)
            out() << (onServer ? "Dry run: the event is unchanged.\n" : "Dry run: the file is unchanged.\n");
    }

    void printJson(const ArrangePlan &plan, const Event &event, bool applied)
    {
        auto where = [&](const std::optional<RoomId> &room, const QString &roomName, const QDateTime &start,
                         const QDateTime &end) -> QJsonValue {
            if (!room)
                return QJsonValue::Null;
            return QJsonObject{{QStringLiteral("room"), QJsonObject{{QStringLiteral("id"), *room}, {QStringLiteral("name"), roomName}}},
                               {QStringLiteral("start"), event.toLocal(start).toString(Qt::ISODate)},
                               {QStringLiteral("end"), event.toLocal(end).toString(Qt::ISODate)}};
        };
        QJsonArray changes;
        for (const ArrangeChange &c : plan.changes) {
            QJsonObject o{{QStringLiteral("kind"), ArrangeChange::key(c.kind)},
                          {QStringLiteral("session"), QJsonObject{{QStringLiteral("id"), c.sessionId}, {QStringLiteral("title"), c.title}}},
                          {QStringLiteral("before"), where(c.roomBefore, c.roomNameBefore, c.startBefore, c.endBefore())},
                          {QStringLiteral("after"), where(c.roomAfter, c.roomNameAfter, c.startAfter, c.endAfter())}};
            if (!c.reason.isEmpty())
                o.insert(QStringLiteral("reason"), c.reason);
            changes.append(o);
        }
        const QJsonObject root{
            {QStringLiteral("applied"), applied},
            {QStringLiteral("sessions"), plan.sessionsConsidered},
            {QStringLiteral("placed"), plan.count(ArrangeChange::Kind::Placed)},
            {QStringLiteral("moved"), plan.count(ArrangeChange::Kind::Moved)},
            {QStringLiteral("unplaced"), plan.count(ArrangeChange::Kind::Unplaced)},
            {QStringLiteral("objective"), plan.objective},
            {QStringLiteral("bound"), plan.bound},
            {QStringLiteral("optimal"), plan.optimal},
            {QStringLiteral("seconds"), plan.seconds},
            {QStringLiteral("changes"), changes},
        };
        out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
};
CommandRegistration<ArrangeCommand> registration;
} // namespace
