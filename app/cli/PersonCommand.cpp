#include "cli/PersonCommand.h"

#include "privacy/DataSubjectFinder.h"
#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)
};
} // namespace

void PersonCommand::addFileAndEmail(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
    parser.addPositionalArgument(QStringLiteral("EMAIL"),
                                 Tr::tr("The person's e-mail address (case does not matter; everyone with it is included)."));
}

std::optional<int> PersonCommand::findPeople(const EventStore &file, const QCommandLineParser &parser,
                                             QList<Person> *people)
{
    const QString email = positional(parser, 1).trimmed();
    if (email.isEmpty())
        return fail(Tr::tr("podium-cli %1: the e-mail address is empty.").arg(name()));
    auto found = DataSubjectFinder::byEmail(file, email);
    if (!found)
        return fail(found);
    if (found->isEmpty()) {
        out().flush();
        err() << file.describe(Tr::tr("has no one with the e-mail address “%1”.").arg(email)) << Qt::endl;
        return ExitProblems;
    }
    *people = found.value();
    return std::nullopt;
}
