#include "cli/CommandRegistry.h"

#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventStore.h"
#include "storage/ScheduleSnapshotRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject toJson(const Conflict &c, const Event &event)
{
    QJsonArray sessions;
    for (const ConflictSession &s : c.sessions)
        sessions.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}});
    auto idAndName = [](const std::optional<qint64> &id, const QString &name) -> QJsonValue {
        if (!id)
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("name"), name}};
    };
    return QJsonObject{
        {QStringLiteral("kind"), Conflict::key(c.kind)},
        {QStringLiteral("severity"), Conflict::key(c.severity)},
        {QStringLiteral("sessions"), sessions},
        {QStringLiteral("person"), idAndName(c.personId, c.personName)},
        {QStringLiteral("room"), idAndName(c.roomId, c.roomName)},
        // Local times of the event, with their UTC offset.
        {QStringLiteral("start"), event.toLocal(c.start).toString(Qt::ISODate)},
        {QStringLiteral("end"), event.toLocal(c.end).toString(Qt::ISODate)},
        {QStringLiteral("message"), c.message},
    };
}

class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return QStringLiteral("List the timetable's conflicts: people or rooms booked twice or outside their "
                              "available times, sessions outside the event's days or above their room's capacity, "
                              "broken constraints and scheduling rules, cancelled sessions still scheduled. "
                              "Exits 1 when there are any, 0 when there are none.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addOption({QStringLiteral("json"),
                          QStringLiteral("Print a JSON array (keys: kind, severity, sessions [{id, title}], "
                                         "person {id, name}, room {id, name}, start, end, message).")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        auto snapshot = ScheduleSnapshotRepository(*file).load();
        if (!snapshot)
            return fail(snapshot);
        const QList<Conflict> conflicts = ConflictChecker::check(snapshot.value());
        if (parser.isSet(QStringLiteral("json")))
            printJson(conflicts, snapshot->event);
        else
            printText(conflicts);
        return conflicts.isEmpty() ? ExitOk : ExitProblems;
    }

private:
    void printJson(const QList<Conflict> &conflicts, const Event &event)
    {
        QJsonArray array;
        for (const Conflict &c : conflicts)
            array.append(toJson(c, event));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    void printText(const QList<Conflict> &conflicts)
    {
        int warnings = 0;
        for (const Conflict &c : conflicts) {
            const bool warning = c.severity == ConflictSeverity::Warning;
            warnings += warning ? 1 : 0;
            out() << (warning ? "Warning: " : "Error: ") << c.message << '\n';
        }
        if (conflicts.isEmpty())
            out() << "No conflicts.\n";
        else
            out() << count(conflicts.size() - warnings, "error", "errors") << ", "
                  << count(warnings, "warning", "warnings") << ".\n";
    }
};
CommandRegistration<CheckCommand> registration;
} // namespace
