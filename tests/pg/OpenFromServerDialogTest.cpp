// File ▸ Open from Server…'s dialog against the test server: a colleague's login, asked for
// its password once, sees the events it has a role for and chooses one.
#include "storage/postgres/EventRoles.h"
#include "support/ServerTestEvent.h"
#include "team/OpenFromServerDialog.h"
#include "team/ServerEventLister.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace test;

TEST_CASE("Open from Server asks a desk login for its password and lists its events", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("imi"));
    const QString schema = QStringLiteral("ev_") + event;
    QSqlDatabase admin = connectAs(event);
    createEvent(admin, schema);
    requireOk(EventRoles::setUp(admin, schema, event));
    const QString desk = login(QStringLiteral("door"));
    requireOk(EventRoles::grant(admin, event, EventRoles::Role::Desk, desk));
    qunsetenv("PGPASSWORD");

    OpenFromServerDialog dialog(&ServerEventLister::list);
    dialog.setUri(serverEventUri(event, desk));
    dialog.show();
    QApplication::processEvents();
    auto *uri = dialog.findChild<QLineEdit *>(QStringLiteral("serverUri"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("serverEvents"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("serverStatus"));
    auto *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
    // The address shown without the event, which is chosen from the list.
    CHECK_FALSE(uri->text().contains(QLatin1String("event=")));

    dialog.listEvents();
    CHECK(status->text().contains(QLatin1String("password")));
    CHECK(list->count() == 0);
    CHECK_FALSE(open->isEnabled());
    CHECK(dialog.focusWidget() == password);

    password->setText(QStringLiteral("wrong"));
    dialog.listEvents();
    CHECK(status->text().contains(QLatin1String("refused the password")));

    password->setText(QStringLiteral("pw-") + desk);
    dialog.listEvents();
    INFO(status->text().toStdString());
    // Only the events this login has a role for, with the role said.
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(event));
    CHECK(list->item(0)->text().contains(QLatin1String("door desk")));
    CHECK(open->isEnabled());
    if (const QString dir = qEnvironmentVariable("PODIUM_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("open-from-server.png")));
    }

    open->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.chosenUri() == serverEventUri(event, desk));
    CHECK(dialog.password() == QStringLiteral("pw-") + desk);
}

TEST_CASE("Open from Server asks once: the password is kept in the keyring and a refused one forgotten", "[server]")
{
    // In a child of this executable with a private GNOME keyring (tests/support/with-keyring.sh),
    // never the user's own.
    if (qEnvironmentVariable("PODIUM_TEST_KEYRING") != QLatin1String("1")) {
        qputenv("PODIUM_TEST_KEYRING", "1");
        const CliRun run = runProgram(QStringLiteral(PODIUM_SOURCE_DIR "/tests/support/with-keyring.sh"),
                                      {QCoreApplication::applicationFilePath(),
                                       QStringLiteral("Open from Server asks once: the password is kept in the "
                                                      "keyring and a refused one forgotten"),
                                       QStringLiteral("--store"), QStringLiteral("server")});
        qunsetenv("PODIUM_TEST_KEYRING");
        INFO(run.out.toStdString() << run.err.toStdString());
        REQUIRE(run.exitCode != 77); // dbus and gnome-keyring are test packages in build.sh
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QLatin1String("All tests passed")));
        return;
    }
    const QString event = uniqueEventName(QStringLiteral("kept"));
    QSqlDatabase admin = connectAs(event);
    createEvent(admin, QStringLiteral("ev_") + event);
    requireOk(EventRoles::setUp(admin, QStringLiteral("ev_") + event, event));
    const QString viewer = login(QStringLiteral("kept"));
    requireOk(EventRoles::grant(admin, event, EventRoles::Role::Viewer, viewer));
    qunsetenv("PGPASSWORD");

    const auto listed = [&](OpenFromServerDialog &dialog) {
        dialog.setUri(serverEventUri(event, viewer));
        dialog.listEvents();
        return dialog.findChild<QListWidget *>(QStringLiteral("serverEvents"))->count();
    };
    {
        OpenFromServerDialog first(&ServerEventLister::list);
        first.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("pw-") + viewer);
        CHECK(first.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->isChecked()); // the default
        CHECK(listed(first) == 1);
    }
    {
        // Next time nothing is typed: the keyring gives it.
        OpenFromServerDialog second(&ServerEventLister::list);
        CHECK(listed(second) == 1);
        CHECK(second.password() == QStringLiteral("pw-") + viewer);
    }
    // The password changes on the server: the kept one is refused, then forgotten.
    REQUIRE(psql(QStringLiteral("ALTER ROLE %1 PASSWORD 'new'").arg(viewer)).exitCode == 0);
    {
        OpenFromServerDialog third(&ServerEventLister::list);
        CHECK(listed(third) == 0);
        CHECK(third.findChild<QLabel *>(QStringLiteral("serverStatus"))->text().contains(QLatin1String("password")));
    }
    OpenFromServerDialog fourth(&ServerEventLister::list);
    CHECK(listed(fourth) == 0);
    CHECK(fourth.password().isEmpty());
}
