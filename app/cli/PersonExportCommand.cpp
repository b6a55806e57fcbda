#include "cli/CommandRegistry.h"
#include "cli/PersonCommand.h"

#include "model/Participant.h"
#include "privacy/PersonDataExporter.h"
#include "storage/EventStore.h"

namespace {
class PersonExportCommand : public PersonCommand
{
public:
    QString name() const override { return QStringLiteral("person export"); }
    QString summary() const override
    {
        return QStringLiteral("Write everything stored about a person (found by e-mail) as readable JSON.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        addFileAndEmail(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("The JSON file to write (readable by you only)."),
                          QStringLiteral("OUT.json")});
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.json if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(QStringLiteral("podium-cli person export: say where to write the data with -o OUT.json."));
        if (!expectOutputFile(output, QStringLiteral("OUT.json")))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        QList<Person> people;
        if (auto code = findPeople(*file, parser, &people))
            return *code;
        if (Status s = PersonDataExporter(*file).write(people, output, parser.isSet(QStringLiteral("force"))); !s)
            return fail(s);
        out() << "Wrote " << output << ": everything stored about " << people.size()
              << (people.size() == 1 ? " person" : " people") << " with that address.\n";
        return ExitOk;
    }
};
CommandRegistration<PersonExportCommand> registration;
} // namespace
