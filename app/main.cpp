// podium: the desktop conference organiser.
#include "util/ChangeAuthor.h"
#include "MainWindow.h"
#include "Translations.h"
#include "util/PrivateFiles.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstring>

namespace {
// --help and --version open no window, so they answer without a display too
// (in a terminal over ssh, or when the man page is made at build time).
bool asksForTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (asksForTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Podium"));
    QApplication::setOrganizationName(QStringLiteral("Podium"));
    // Who the history names for this process's changes (Preferences, or PODIUM_AUTHOR/PODIUM_DESK).
    ChangeAuthor::setCurrent(ChangeAuthor::fromSettings());
    QApplication::setApplicationVersion(QStringLiteral(PODIUM_VERSION));
    // Names the installed desktop entry: its icon and name on Wayland and in task bars.
    QGuiApplication::setDesktopFileName(QStringLiteral(PODIUM_APP_ID));
    PrivateFiles::applyToProcess();
    Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Podium, the offline conference organiser."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the bundled demo event.")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Show this page first (overview, programme, sessions, people, "
                                                              "rooms, tracks, participants, checkin, print)."),
                      QStringLiteral("NAME")});
    parser.addPositionalArgument(QStringLiteral("FILE.podium|URI"),
                                 QStringLiteral("An event file, or an event on a server "
                                                "(postgresql://USER@HOST/DATABASE?event=NAME), to open."));
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("demo")))
        window.openDemo();
    else if (!parser.positionalArguments().isEmpty())
        window.openLocation(parser.positionalArguments().constFirst());
    if (parser.isSet(QStringLiteral("page")))
        window.showPage(parser.value(QStringLiteral("page")));
    return app.exec();
}
