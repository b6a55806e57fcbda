// Podium installed like any desktop application: `cmake --install` into a
// temporary DESTDIR (copying what the build made, never building), then the
// installed files read back with the freedesktop tools, man and bash, and the
// installed podium-cli run on the demo event.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString appId = QStringLiteral(PODIUM_APP_ID);
const QString version = QStringLiteral(PODIUM_VERSION);

// Runs a program through env(1) with these changes to the environment (NAME=value, -u NAME).
test::CliRun runWith(const QStringList &environment, const QString &program, const QStringList &args)
{
    return test::runProgram(QStringLiteral("env"), environment + QStringList{program} + args);
}

void requireProgram(const char *program, const char *package)
{
    INFO(program << " is missing: ./build.sh test installs " << package);
    REQUIRE(test::haveProgram(QLatin1String(program)));
}

// A prefix /usr installed under a fresh DESTDIR, removed afterwards.
class Installed
{
public:
    Installed()
    {
        const auto run = runWith({QStringLiteral("DESTDIR=") + m_dir.path(QStringLiteral("root"))},
                                 QStringLiteral(CMAKE_COMMAND),
                                 {QStringLiteral("--install"), QStringLiteral(PODIUM_BUILD_DIR), QStringLiteral("--prefix"),
                                  QStringLiteral("/usr")});
        INFO(run.out << run.err);
        REQUIRE(run.exitCode == 0);
    }
    // A path under the installed /usr.
    QString usr(const QString &relative) const { return m_dir.path(QStringLiteral("root/usr/")) + relative; }
    QString share() const { return usr(QStringLiteral("share")); }
    QString scratch(const QString &name) const { return m_dir.path(name); }
    // Environment in which the freedesktop tools see the installed files (and no user's own),
    // outside any desktop xdg-mime could detect: its generic answer, the same on every machine.
    QStringList desktopEnvironment() const
    {
        QStringList environment; // env(1) takes -u NAME before NAME=value
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID",
                                 "MATE_DESKTOP_SESSION_ID", "LXQT_SESSION_CONFIG", "DESKTOP", "DISPLAY",
                                 "DBUS_SESSION_BUS_ADDRESS"})
            environment << QStringLiteral("-u") << QLatin1String(name);
        return environment << QStringLiteral("XDG_DATA_DIRS=") + share() + QStringLiteral(":/usr/share")
                           << QStringLiteral("XDG_DATA_HOME=") + scratch(QStringLiteral("home-data"))
                           << QStringLiteral("XDG_CONFIG_HOME=") + scratch(QStringLiteral("home-config"));
    }

private:
    test::TempDir m_dir;
};

} // namespace

TEST_CASE("cmake --install puts every file in its standard place under the prefix")
{
    const Installed installed;
    const QStringList files = {
        QStringLiteral("bin/podium"),
        QStringLiteral("bin/podium-cli"),
        QStringLiteral("share/applications/%1.desktop").arg(appId),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId),
        QStringLiteral("share/mime/packages/%1.xml").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId),
        QStringLiteral("share/icons/hicolor/scalable/mimetypes/application-x-podium.svg"),
        QStringLiteral("share/man/man1/podium.1.gz"),
        QStringLiteral("share/man/man1/podium-cli.1.gz"),
        QStringLiteral("share/bash-completion/completions/podium-cli"),
        QStringLiteral("share/doc/podium/copyright"),
        QStringLiteral("share/doc/podium/changelog.gz"),
    };
    for (const QString &file : files) {
        INFO(file);
        CHECK(QFileInfo(installed.usr(file)).isFile());
    }
    CHECK(QFileInfo(installed.usr(QStringLiteral("bin/podium"))).isExecutable());
    CHECK(QFileInfo(installed.usr(QStringLiteral("bin/podium-cli"))).isExecutable());
    // The PNGs are drawn at the size of the folder they are in.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        for (const QString &icon : {QStringLiteral("apps/%1.png").arg(appId), QStringLiteral("mimetypes/application-x-podium.png")}) {
            const QString path = installed.usr(QStringLiteral("share/icons/hicolor/%1x%1/").arg(size) + icon);
            INFO(path);
            const QImage image(path);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == QSize(size, size));
        }
    }
}

TEST_CASE("The installed podium-cli writes and reads the demo event and names the project version")
{
    const Installed installed;
    const QString cli = installed.usr(QStringLiteral("bin/podium-cli"));
    const auto versionRun = test::runProgram(cli, {QStringLiteral("--version")});
    CHECK(versionRun.exitCode == 0);
    CHECK(versionRun.out.trimmed() == QStringLiteral("podium-cli ") + version);
    // The GUI answers --version in a terminal without a display, too.
    const auto guiVersion = runWith({QStringLiteral("-u"), QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("-u"),
                                     QStringLiteral("DISPLAY"), QStringLiteral("-u"), QStringLiteral("WAYLAND_DISPLAY")},
                                    installed.usr(QStringLiteral("bin/podium")), {QStringLiteral("--version")});
    CHECK(guiVersion.exitCode == 0);
    CHECK(guiVersion.out.trimmed() == QStringLiteral("Podium ") + version);

    // The demo and the translations are inside the program: nothing is read from the source tree.
    const QString demo = installed.scratch(QStringLiteral("demo.podium"));
    const auto written = test::runProgram(cli, {QStringLiteral("demo"), demo});
    INFO(written.err);
    REQUIRE(written.exitCode == 0);
    const auto info = test::runProgram(cli, {QStringLiteral("info"), QStringLiteral("--json"), demo});
    REQUIRE(info.exitCode == 0);
    const QJsonObject facts = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(facts.value(QStringLiteral("name")).toString().contains(QStringLiteral("IMI")));
    CHECK(facts.value(QStringLiteral("sessions")).toInt() > 0);
    CHECK(facts.value(QStringLiteral("participants")).toInt() > 0);
}

TEST_CASE("The desktop entry and the metainfo pass the freedesktop validators")
{
    requireProgram("desktop-file-validate", "desktop-file-utils");
    requireProgram("appstreamcli", "appstream");
    const Installed installed;
    const QString desktop = installed.usr(QStringLiteral("share/applications/%1.desktop").arg(appId));
    const auto entry = test::runProgram(QStringLiteral("desktop-file-validate"), {desktop});
    INFO(entry.out << entry.err);
    CHECK(entry.exitCode == 0);
    CHECK(entry.out.trimmed().isEmpty()); // not even a hint
    const QString text = QString::fromUtf8(test::readFile(desktop));
    CHECK(text.contains(QStringLiteral("\nExec=podium %f\n")));
    CHECK(text.contains(QStringLiteral("\nIcon=") + appId + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("\nMimeType=application/x-podium;\n")));

    const QString metainfo = installed.usr(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId));
    const auto validated = test::runProgram(QStringLiteral("appstreamcli"),
                                            {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    INFO(validated.out << validated.err);
    CHECK(validated.exitCode == 0);
    const QString xml = QString::fromUtf8(test::readFile(metainfo));
    CHECK(xml.contains(QStringLiteral("<release version=\"%1\"").arg(version)));
    CHECK(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
}

TEST_CASE("The man pages render with man -l and carry every command's options")
{
    requireProgram("man", "man-db");
    const Installed installed;
    const QStringList environment = {QStringLiteral("MANWIDTH=100"), QStringLiteral("LC_ALL=C.UTF-8"),
                                     QStringLiteral("MANPAGER=cat")};
    auto render = [&](const QString &page) {
        const auto run = runWith(environment, QStringLiteral("man"),
                                 {QStringLiteral("--warnings"), QStringLiteral("--nh"), QStringLiteral("--nj"), QStringLiteral("-l"),
                                  installed.usr(QStringLiteral("share/man/man1/")) + page}); // no hyphens to read across
        INFO(page << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(run.err.trimmed().isEmpty()); // groff has nothing to warn about
        return run.out;
    };
    const QString gui = render(QStringLiteral("podium.1.gz"));
    CHECK(gui.contains(QStringLiteral("podium - the offline conference organiser")));
    CHECK(gui.contains(QStringLiteral("--demo")));
    CHECK(gui.contains(QStringLiteral("podium ") + version));

    const QString cli = render(QStringLiteral("podium-cli.1.gz"));
    CHECK(cli.contains(QStringLiteral("podium-cli ") + version));
    // Every command, with its options, just as its --help says.
    const QStringList listed = test::runCli({QStringLiteral("--help")}).out.split(QLatin1Char('\n'));
    int commands = 0;
    for (const QString &line : listed) {
        if (!line.startsWith(QLatin1String("  ")) || line.trimmed().isEmpty())
            continue;
        const QString name = line.trimmed().section(QStringLiteral("  "), 0, 0);
        INFO(name);
        CHECK(cli.contains(QStringLiteral("podium-cli %1 [options]").arg(name)));
        ++commands;
    }
    CHECK(commands >= 20);
    CHECK(cli.contains(QStringLiteral("-o, --output OUT.pdf")));
    CHECK(cli.contains(QStringLiteral("custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS")));
}

TEST_CASE("Event files are application/x-podium by their content, and open in Podium")
{
    requireProgram("update-mime-database", "shared-mime-info");
    requireProgram("update-desktop-database", "desktop-file-utils");
    requireProgram("mimetype", "libfile-mimeinfo-perl");
    requireProgram("xdg-mime", "xdg-utils");
    requireProgram("sqlite3", "sqlite3");
    const Installed installed;
    // What the packages' triggers do on a real system.
    REQUIRE(test::runProgram(QStringLiteral("update-mime-database"), {installed.share() + QStringLiteral("/mime")}).exitCode == 0);
    REQUIRE(test::runProgram(QStringLiteral("update-desktop-database"), {installed.share() + QStringLiteral("/applications")})
                .exitCode == 0);

    const QString demo = installed.scratch(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), demo}).exitCode == 0);
    const QString renamed = installed.scratch(QStringLiteral("sent-by-mail.db"));
    REQUIRE(QFile::copy(demo, renamed));
    const QString otherDatabase = installed.scratch(QStringLiteral("other.db"));
    REQUIRE(test::runProgram(QStringLiteral("sqlite3"), {otherDatabase, QStringLiteral("CREATE TABLE t(x)")}).exitCode == 0);

    const QStringList environment = installed.desktopEnvironment();
    auto filetype = [&](const QString &path) {
        // xdg-mime's answer outside GNOME and KDE (openbox, or no desktop at all).
        const auto run = runWith(environment, QStringLiteral("xdg-mime"), {QStringLiteral("query"), QStringLiteral("filetype"), path});
        INFO(path << ": " << run.err);
        CHECK(run.exitCode == 0);
        return run.out.trimmed();
    };
    CHECK(filetype(demo) == QStringLiteral("application/x-podium"));
    CHECK(filetype(renamed) == QStringLiteral("application/x-podium")); // the header, not the name
    CHECK(filetype(otherDatabase) == QStringLiteral("application/vnd.sqlite3"));

    const auto handler = runWith(environment, QStringLiteral("xdg-mime"),
                                 {QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("application/x-podium")});
    CHECK(handler.out.trimmed() == appId + QStringLiteral(".desktop"));
}

TEST_CASE("Bash completes podium-cli's commands, subcommands, options and choices")
{
    const QString bashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");
    INFO("bash-completion is missing: ./build.sh test installs it");
    REQUIRE(QFileInfo::exists(bashCompletion));
    const Installed installed;
    const QString script = installed.share() + QStringLiteral("/bash-completion/completions/podium-cli");
    auto complete = [&](const QString &line) {
        // COMP_WORDS as bash splits the line; the cursor at its end.
        const QString program = QStringLiteral("source %1; source %2; COMP_LINE='%3'; COMP_POINT=${#COMP_LINE}; "
                                               "read -ra COMP_WORDS <<< \"$COMP_LINE\"; "
                                               "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=(''); "
                                               "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _podium_cli; "
                                               "printf '%s\\n' \"${COMPREPLY[@]}\" | sort")
                                    .arg(bashCompletion, script, line);
        const auto run = test::runProgram(QStringLiteral("bash"), {QStringLiteral("-c"), program});
        INFO(line << ": " << run.err);
        CHECK(run.exitCode == 0);
        return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    CHECK(complete(QStringLiteral("podium-cli ex")) == QStringList{QStringLiteral("export")});
    CHECK(complete(QStringLiteral("podium-cli export ba")) == QStringList{QStringLiteral("badges")});
    CHECK(complete(QStringLiteral("podium-cli export badges --cr")) == QStringList{QStringLiteral("--crop-marks")});
    CHECK(complete(QStringLiteral("podium-cli export badges --photo-mark ")) == QStringList({QStringLiteral("off"), QStringLiteral("on")}));
    CHECK(complete(QStringLiteral("podium-cli info --"))
          == QStringList({QStringLiteral("--help"), QStringLiteral("--json"), QStringLiteral("--verbose")}));
    CHECK(complete(QStringLiteral("podium-cli import participants --on-duplicate ")).size() >= 2);
}
