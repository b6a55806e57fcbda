#include "cli/DeskCli.h"

#include "storage/StoreLocation.h"
#include "storage/StoreOpener.h"
#include "util/ChangeAuthor.h"

#include <QSysInfo>

namespace DeskCli {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("desk"),
                      QStringLiteral("This desk's name, as check-ins record it (default: Preferences, PODIUM_DESK, "
                                     "or the computer's name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("queue-dir"),
                      QStringLiteral("Where the desk keeps its copy of the event and its queue of check-ins made "
                                     "offline (default: a folder per event under the user's data folder)."),
                      QStringLiteral("DIR")});
}

QString deskName(const QCommandLineParser &parser)
{
    QString desk = parser.value(QStringLiteral("desk")).trimmed();
    if (desk.isEmpty())
        desk = ChangeAuthor::current().desk;
    if (desk.isEmpty())
        desk = QSysInfo::machineHostName();
    return desk;
}

bool usesSession(const QCommandLineParser &parser, const QString &location)
{
    return StoreLocation::parse(location).isServer() || parser.isSet(QStringLiteral("queue-dir"));
}

std::unique_ptr<DeskSession> session(const QCommandLineParser &parser, const QString &location)
{
    const QString desk = deskName(parser);
    // The history names the desk too.
    ChangeAuthor author = ChangeAuthor::current();
    author.desk = desk;
    ChangeAuthor::setCurrent(author);
    QString dir = parser.value(QStringLiteral("queue-dir"));
    if (dir.isEmpty())
        dir = DeskSession::stateDirFor(location);
    auto opener = [location] { return StoreOpener::open(DeskSession::reachableWithin(location)); };
    return std::make_unique<DeskSession>(opener, dir, desk);
}

void printState(const DeskSession &session, QTextStream &out)
{
    if (session.isOnline() && session.waiting() == 0)
        return;
    if (session.isOnline())
        out << session.waiting() << (session.waiting() == 1 ? " check-in" : " check-ins")
            << " waiting to be sent\n";
    else
        out << "offline: " << session.waiting() << (session.waiting() == 1 ? " check-in" : " check-ins")
            << " waiting (" << session.offlineReason() << ")\n";
}

void printDoubles(const DeskSession &session, const DeskSession::SyncReport &report, QTextStream &out)
{
    for (const DoubleCheckIn &twice : report.doubles)
        out << "Checked in twice: " << session.describe(twice) << '\n';
    for (const QString &problem : report.problems)
        out << "Not sent: " << problem << '\n';
}

} // namespace DeskCli
