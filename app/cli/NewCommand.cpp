#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"

#include "model/Event.h"

#include <QTimeZone>

namespace {
class NewCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override { return QStringLiteral("Create an empty event file."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("OUT.podium"), QStringLiteral("The event file to create."));
        parser.addOption({QStringLiteral("name"), QStringLiteral("The event's name (required)."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("start"), QStringLiteral("First day, YYYY-MM-DD (required)."), QStringLiteral("DATE")});
        parser.addOption({QStringLiteral("days"), QStringLiteral("Number of days (default 1)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("timezone"), QStringLiteral("IANA time zone (default Europe/Luxembourg)."),
                          QStringLiteral("TZ")});
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.podium if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        Event event;
        event.name = parser.value(QStringLiteral("name")).trimmed();
        if (event.name.isEmpty())
            return fail(QStringLiteral("podium-cli new: --name is required."));
        event.firstDay = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!event.firstDay.isValid())
            return fail(QStringLiteral("podium-cli new: --start must be a date as YYYY-MM-DD, not “%1”.")
                            .arg(parser.value(QStringLiteral("start"))));
        int days = 1;
        if (!intOption(parser, QStringLiteral("days"), 1, 366, &days))
            return ExitUsage;
        event.lastDay = event.firstDay.addDays(days - 1);
        event.timeZoneId = parser.isSet(QStringLiteral("timezone")) ? parser.value(QStringLiteral("timezone")).toUtf8()
                                                                    : QByteArray("Europe/Luxembourg");
        if (!QTimeZone::isTimeZoneIdAvailable(event.timeZoneId))
            return fail(QStringLiteral("podium-cli new: unknown time zone “%1” (use an IANA name such as Europe/Luxembourg).")
                            .arg(QString::fromUtf8(event.timeZoneId)));
        const Status s = EventFileWriter::write(positional(parser, 0), parser.isSet(QStringLiteral("force")), event,
                                                [](EventFile &) { return Status(); });
        if (!s)
            return fail(s);
        out() << "Created " << positional(parser, 0) << '\n';
        return ExitOk;
    }
};
CommandRegistration<NewCommand> registration;
} // namespace
