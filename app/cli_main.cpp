// podium-cli: Podium's jobs without a display (imports, exports, checks,
// printing, demo and test data). Each command lives in app/cli/.
#include "cli/CommandRegistry.h"
#include "util/ChangeAuthor.h"
#include "util/PrivateFiles.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

namespace {
void printUsage(QTextStream &stream)
{
    stream << "Usage: podium-cli COMMAND [arguments] [--help]\n\n"
           << "Podium, the offline conference organiser, from the command line.\n\nCommands:\n";
    for (const auto &command : CommandRegistry::all())
        stream << "  " << command->name().leftJustified(22) << command->summary() << '\n';
    stream << "\nExit codes: 0 success, 1 ran and found problems, 2 bad usage or bad input.\n"
           << "Run 'podium-cli COMMAND --help' for a command's options.\n";
}


// Qt's own warnings (fonts, runtime folders) mean nothing to podium-cli's
// users; PODIUM_DEBUG=1 shows them.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("PODIUM_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // Fonts and PDF painting need a GUI application, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Podium"));
    QGuiApplication::setOrganizationName(QStringLiteral("Podium"));
    // Who the history names for this process's changes (Preferences, or PODIUM_AUTHOR/PODIUM_DESK).
    ChangeAuthor::setCurrent(ChangeAuthor::fromSettings());
    QGuiApplication::setApplicationVersion(QStringLiteral(PODIUM_VERSION));
    PrivateFiles::applyToProcess();

    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (first == QLatin1String("--version")) {
        out << "podium-cli " << PODIUM_VERSION << '\n';
        return 0;
    }
    auto command = CommandRegistry::take(args);
    if (!command) {
        err << "podium-cli: unknown command “" << args.mid(0, 2).join(QLatin1Char(' ')) << "”.\n\n";
        printUsage(err);
        return 2;
    }
    return command->run(args);
}
