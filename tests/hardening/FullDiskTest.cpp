// A full disk and a refused write are named in one sentence, whatever is
// being written: the system's "Unknown error" or a library's "Writing
// canceled by application" never reach the user, and every command exits 2.
#include "HardeningSupport.h"

#include "util/DiskProblem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

using namespace hardening;

namespace {

// A 2 MB tmpfs mounted for the test (needs root and mount(8)); unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &where) : m_path(where)
    {
        QDir().mkpath(where);
        m_mounted = test::runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                              QStringLiteral("size=2m"), QStringLiteral("tmpfs"), where})
                        .exitCode
            == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            test::runProgram(QStringLiteral("umount"), {m_path});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString &name) const { return m_path + QLatin1Char('/') + name; }

private:
    QString m_path;
    bool m_mounted = false;
};

} // namespace

TEST_CASE("Write failures are one sentence naming the file and the cause")
{
    const QString path = QStringLiteral("/media/usb/list.csv");
    CHECK(DiskProblem::writeFailed(path, ENOSPC, QStringLiteral("No space left on device"))
          == QStringLiteral("There is no space left on the disk holding /media/usb/list.csv."));
    CHECK(DiskProblem::writeFailed(path, EACCES, QStringLiteral("Permission denied"))
          == QStringLiteral("You are not allowed to write /media/usb/list.csv (permission denied)."));
    CHECK(DiskProblem::writeFailed(path, EROFS, QStringLiteral("Read-only file system"))
          == QStringLiteral("The disk holding /media/usb/list.csv is read-only."));
    CHECK(DiskProblem::writeFailed(path, 0, QStringLiteral("Unknown error"))
          == QStringLiteral("“/media/usb/list.csv” could not be written: the disk reported an error."));
}

TEST_CASE("Exports and generate onto a full disk say so, exit 2, and leave no file behind")
{
    test::TempDir dir;
    const QString event = dir.path(QStringLiteral("event.podium"));
    cli({QStringLiteral("generate"), event, QStringLiteral("--participants"), QStringLiteral("2000"),
         QStringLiteral("--sessions"), QStringLiteral("300")});
    SmallDisk disk(dir.path(QStringLiteral("usb")));
    if (!disk.mounted()) {
        WARN("no tmpfs could be mounted (not root?): the full-disk runs are skipped");
        return;
    }
    // Filled up but for 32 KiB, less than any of the files below needs.
    const qint64 free = QStorageInfo(disk.path(QString())).bytesAvailable();
    test::writeFile(disk.path(QStringLiteral("filler")), QByteArray(int(free - 32 * 1024), 'x'));
    const QList<QPair<QString, QStringList>> runs{
        {QStringLiteral("list.csv"), {QStringLiteral("export"), QStringLiteral("participants"), event}},
        {QStringLiteral("list.xlsx"), {QStringLiteral("export"), QStringLiteral("participants"), event}},
        {QStringLiteral("programme.pdf"), {QStringLiteral("export"), QStringLiteral("programme"), event}},
        {QStringLiteral("programme.xml"), {QStringLiteral("export"), QStringLiteral("schedule"), event}},
        {QStringLiteral("copy.podium"), {QStringLiteral("generate")}},
    };
    for (const auto &[name, command] : runs) {
        const QString out = disk.path(name);
        QStringList args = command;
        if (args.first() == QLatin1String("generate"))
            args << out << QStringLiteral("--participants") << QStringLiteral("2000");
        else
            args << QStringLiteral("-o") << out;
        const test::CliRun run = test::runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.trimmed() == QStringLiteral("There is no space left on the disk holding %1.").arg(out));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    CHECK(QDir(disk.path(QString())).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("filler")});
}
