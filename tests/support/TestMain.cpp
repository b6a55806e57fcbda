// One main for every test executable: a QApplication on the offscreen
// platform (widgets and PDF painting need one), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep tests away from the user's settings and data.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PodiumTests"));
    QApplication::setOrganizationName(QStringLiteral("Podium"));
    return Catch::Session().run(argc, argv);
}
