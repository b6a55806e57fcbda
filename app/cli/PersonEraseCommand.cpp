#include "cli/CommandRegistry.h"
#include "cli/PersonCommand.h"

#include "privacy/PersonEraser.h"
#include "storage/EventStore.h"

namespace {
class PersonEraseCommand : public PersonCommand
{
public:
    QString name() const override { return QStringLiteral("person erase"); }
    QString summary() const override
    {
        return QStringLiteral("Remove a person (found by e-mail) and their registrations for good.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        addFileAndEmail(parser);
        addYesOption(parser);
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        auto file = openWritable(positional(parser, 0));
        if (!file)
            return ExitUsage;
        QList<Person> people;
        if (auto code = findPeople(*file, parser, &people))
            return *code;
        const PersonEraser eraser(*file);
        auto plan = eraser.plan(people);
        if (!plan)
            return fail(plan);
        out() << "Erasing removes for good:\n" << plan->describe() << '\n';
        if (auto code = confirm(parser, QStringLiteral("erase")))
            return *code;
        if (Status s = eraser.erase(plan.value()); !s)
            return fail(s);
        out() << "Erased " << people.size() << (people.size() == 1 ? " person" : " people") << " from "
              << file->displayName()
              << (file->isOnServer()
                      ? ". No table or history on the server holds them now; what PostgreSQL keeps below the rows "
                        "(WAL, backups, replicas) is the server operator's to clear (see docs/TEAM-MODE.md).\n"
                      : ". The file was rewritten: nothing of them is left in it.\n");
        return ExitOk;
    }
};
CommandRegistration<PersonEraseCommand> registration;
} // namespace
