// One main for every test executable: a QApplication on the offscreen
// platform (widgets and PDF painting need one), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/StoreUnderTest.h"

#include <QApplication>
#include <QStandardPaths>

#include <iostream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep tests away from the user's settings and data.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PodiumTests"));
    QApplication::setOrganizationName(QStringLiteral("Podium"));

    // --store server: the cases tagged [stores] create their events on the test server
    // (tests/pg, ctest registers them a second time with it).
    Catch::Session session;
    std::string store = "file";
    session.cli(session.cli()
                | Catch::clara::Opt(store, "file|server")["--store"](
                    "where [stores] test cases keep their events"));
    if (const int rc = session.applyCommandLine(argc, argv))
        return rc;
    if (store != "file" && store != "server") {
        std::cerr << "--store takes file or server, not " << store << '\n';
        return 2;
    }
    if (store == "server") {
        const QString why = test::serverUnavailableReason();
        if (!why.isEmpty()) {
            std::cout << "Skipped: " << why.toStdString() << '\n';
            return PODIUM_PG_SKIP_CODE;
        }
        test::setStoreUnderTest(test::Store::Server);
    }
    return session.run();
}
