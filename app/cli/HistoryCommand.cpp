#include "cli/CommandRegistry.h"

#include "history/ChangeFormatter.h"
#include "model/Event.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString kindKey(ChangeRecord::Kind kind)
{
    switch (kind) {
    case ChangeRecord::Kind::Insert:
        return QStringLiteral("insert");
    case ChangeRecord::Kind::Delete:
        return QStringLiteral("delete");
    case ChangeRecord::Kind::Update:
        break;
    }
    return QStringLiteral("update");
}

QJsonValue json(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

class HistoryCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("history"); }
    QString summary() const override { return QStringLiteral("Show who changed what in an event, and when."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addOption({QStringLiteral("since"),
                          QStringLiteral("Only changes from this time on (ISO 8601: 2026-12-06T10:00, in the event's "
                                         "time zone unless it names one, or a date)."),
                          QStringLiteral("T")});
        parser.addOption({QStringLiteral("table"),
                          QStringLiteral("Only changes of session, person, participant, room, track or event."),
                          QStringLiteral("TABLE")});
        parser.addOption({QStringLiteral("id"), QStringLiteral("With --table: only the changes of this row."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("json"),
                          QStringLiteral("Print JSON: an array of {id, change_set, at (UTC), author, desk, table, "
                                         "row_id, row_version, kind, field, old, new}.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        auto event = file->event().load();
        if (!event)
            return fail(event);
        ChangeFilter filter;
        if (parser.isSet(QStringLiteral("since"))) {
            const QString text = parser.value(QStringLiteral("since"));
            QDateTime since = QDateTime::fromString(text, Qt::ISODate);
            if (!since.isValid()) {
                const QDate day = QDate::fromString(text, Qt::ISODate);
                if (day.isValid())
                    since = QDateTime(day, QTime(0, 0));
            }
            if (!since.isValid())
                return fail(QStringLiteral("--since: “%1” is not a date or time (write 2026-12-06T10:00).").arg(text));
            if (since.timeSpec() == Qt::LocalTime)
                since = event->fromLocal(since.date(), since.time());
            filter.since = since.toUTC();
        }
        filter.table = parser.value(QStringLiteral("table"));
        static const QStringList tables = {QStringLiteral("session"), QStringLiteral("person"),
                                           QStringLiteral("participant"), QStringLiteral("room"),
                                           QStringLiteral("track"), QStringLiteral("event")};
        if (!filter.table.isEmpty() && !tables.contains(filter.table))
            return fail(QStringLiteral("--table: “%1” is not one of %2.").arg(filter.table, tables.join(QStringLiteral(", "))));
        if (parser.isSet(QStringLiteral("id"))) {
            bool ok = false;
            filter.rowId = parser.value(QStringLiteral("id")).toLongLong(&ok);
            if (!ok || filter.table.isEmpty())
                return fail(QStringLiteral("--id takes a whole number, together with --table."));
        }
        const ChangeLogRepository history(*file);
        auto changes = history.list(filter);
        if (!changes)
            return fail(changes);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (const ChangeRecord &r : changes.value())
                rows << QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("change_set"), r.changeSet},
                                    {QStringLiteral("at"), r.at.toString(Qt::ISODate)},
                                    {QStringLiteral("author"), r.author.isEmpty() ? QJsonValue() : QJsonValue(r.author)},
                                    {QStringLiteral("desk"), r.desk.isEmpty() ? QJsonValue() : QJsonValue(r.desk)},
                                    {QStringLiteral("table"), r.table},
                                    {QStringLiteral("row_id"), r.rowId},
                                    {QStringLiteral("row_version"), r.rowVersion},
                                    {QStringLiteral("kind"), kindKey(r.kind)},
                                    {QStringLiteral("field"), r.field.isEmpty() ? QJsonValue() : QJsonValue(r.field)},
                                    {QStringLiteral("old"), json(r.oldValue)},
                                    {QStringLiteral("new"), json(r.newValue)}};
            out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        const ChangeFormatter words = history.formatter();
        for (const ChangeRecord &r : changes.value()) {
            const QDateTime local = words.local(r.at);
            out() << local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  " << ChangeFormatter::author(r) << "  "
                  << ChangeFormatter::tableLabel(r.table) << ' ' << r.rowId << ": " << words.change(r) << '\n';
        }
        if (changes->isEmpty())
            out() << "No changes recorded" << (filter.since.isValid() ? " since then." : ".") << '\n';
        return ExitOk;
    }
};
CommandRegistration<HistoryCommand> registration;
} // namespace
