#include "cli/ConfirmedCommand.h"

#include "storage/EventStore.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmedCommand)
};
} // namespace

void ConfirmedCommand::addYesOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("yes"), Tr::tr("Do it without asking (for scripts). It cannot be undone.")});
}

std::unique_ptr<EventStore> ConfirmedCommand::openWritable(const QString &path)
{
    auto file = openEvent(path);
    if (file && file->isReadOnly()) {
        fail(QStringLiteral("%1: %2").arg(file->displayName(), file->readOnlyReason()));
        return nullptr;
    }
    return file;
}

std::optional<int> ConfirmedCommand::confirm(const QCommandLineParser &parser, const QString &action)
{
    if (parser.isSet(QStringLiteral("yes")))
        return std::nullopt;
    if (!isatty(fileno(stdin)))
        return fail(Tr::tr("podium-cli %1: refusing to %2 without confirmation: there is no terminal to ask "
                           "(standard input is not one). Nothing was changed. Add --yes to go ahead.")
                        .arg(name(), action));
    out() << Tr::tr("This cannot be undone. Type “yes” to %1: ").arg(action);
    out().flush();
    QTextStream in(stdin);
    if (in.readLine().trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    out() << Tr::tr("Cancelled: nothing was changed.") << Qt::endl;
    return ExitProblems;
}
