// Door desks on a real server (issue 18, points 4 and 5): four podium-cli processes racing on the
// same codes, and a desk whose connection is cut mid-run, queueing, and sending when it is back.
// Each desk is a podium-cli checkin reading codes on its standard input, as at a door with a
// scanner, logged in with the event's desk role.
#include "support/EventFiles.h"
#include "support/Screenshot.h"
#include "support/ServerTestEvent.h"

#include "document/EventDocument.h"
#include "pages/CheckInPage.h"
#include "pages/DeskLink.h"
#include "util/ChangeAuthor.h"

#include "storage/DoorRepository.h"
#include "storage/EventStore.h"
#include "storage/StoreOpener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <random>

using namespace test;

namespace {

// An event published to the test server with a desk login.
struct ServerEvent
{
    TempDir dir;
    QString name = uniqueEventName(QStringLiteral("desks"));
    QString desk = login(QStringLiteral("desk"));
    QList<ParticipantRow> rows; // as the server holds them before the desks start

    explicit ServerEvent(int participants)
    {
        const QString file = participants ? createGeneratedEvent(dir, participants) : createDemoEvent(dir);
        REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), serverUri()}).exitCode == 0);
        const CliRun published = runCli({QStringLiteral("publish"), file, serverEventUri(name)});
        INFO(published.err);
        REQUIRE(published.exitCode == 0);
        const CliRun granted = runCli({QStringLiteral("server"), QStringLiteral("grant"), serverEventUri(name), desk,
                                       QStringLiteral("--role"), QStringLiteral("desk")});
        INFO(granted.err);
        REQUIRE(granted.exitCode == 0);
        rows = current();
    }
    // The registrations as the server holds them now (read as the admin).
    QList<ParticipantRow> current() const
    {
        auto store = StoreOpener::open(serverEventUri(name));
        INFO(store.error());
        REQUIRE(store.ok());
        auto read = DoorRepository(*store.value()).deskRows();
        REQUIRE(read.ok());
        return read.value();
    }
    QList<DoubleCheckIn> doubles() const
    {
        auto store = StoreOpener::open(serverEventUri(name));
        REQUIRE(store.ok());
        return DoorRepository(*store.value()).doubleCheckIns().value();
    }
    QList<ParticipantRow> waiting() const
    {
        QList<ParticipantRow> out;
        for (const ParticipantRow &row : rows)
            if (!row.participant.isCheckedIn() && row.participant.status == RegistrationStatus::Registered)
                out << row;
        return out;
    }
    // The event as desk `desk` reaches it through `host` (a socket directory).
    QString uri(const QString &host = QString()) const
    {
        QString uri = serverEventUri(name, desk);
        if (!host.isEmpty())
            uri.replace(QRegularExpression(QStringLiteral("host=[^&]*")), QStringLiteral("host=") + host);
        return uri;
    }
    QStringList deskArgs(const QString &deskName) const
    {
        return {QStringLiteral("--desk"), deskName, QStringLiteral("--queue-dir"), dir.path(QStringLiteral("desk-") + deskName)};
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + desk);
        env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("5"));
        return env;
    }
    CliRun run(const QStringList &args) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(PODIUM_CLI), args);
        REQUIRE(process.waitForStarted(10000));
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

// A desk at the door: podium-cli checkin reading codes, one a line, answering one line each.
struct DeskProcess
{
    QProcess process;
    QString output;

    DeskProcess(const ServerEvent &event, const QString &desk, const QString &host = QString())
    {
        process.setProcessEnvironment(event.environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(PODIUM_CLI), QStringList{QStringLiteral("checkin"), event.uri(host), QStringLiteral("-"),
                                                              QStringLiteral("--force")}
                                                      + event.deskArgs(desk));
        REQUIRE(process.waitForStarted(10000));
    }
    // Scans a code and waits for the desk's answer to it (lines before it are kept too).
    QString scan(const QString &code)
    {
        process.write((code + QLatin1Char('\n')).toUtf8());
        const QString tag = QLatin1Char('[') + code + QLatin1Char(']');
        for (int waited = 0; waited < 600; ++waited) {
            const int at = int(output.indexOf(tag));
            if (at >= 0 && output.indexOf(QLatin1Char('\n'), at) >= 0)
                return output;
            process.waitForReadyRead(100);
            output += QString::fromUtf8(process.readAll());
        }
        FAIL("no answer to " << code.toStdString() << " in " << output.toStdString());
        return output;
    }
    QString finish()
    {
        process.closeWriteChannel();
        REQUIRE(process.waitForFinished(120000));
        output += QString::fromUtf8(process.readAll());
        return output;
    }
};

QString lineOf(const QString &output, const QString &code)
{
    for (const QString &line : output.split(QLatin1Char('\n')))
        if (line.contains(QLatin1Char('[') + code + QLatin1Char(']')))
            return line;
    return {};
}

} // namespace

TEST_CASE("Four desks checking in the same codes of 1,000 registrations in random order: each once, the others told who and when", "[server]")
{
    ServerEvent event(1000);
    const QList<ParticipantRow> waiting = event.waiting();
    REQUIRE(waiting.size() > 800); // the registered ones (waitlisted and cancelled need a second look)
    const QStringList desks{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
    std::vector<std::unique_ptr<QProcess>> processes;
    QList<QStringList> all;
    std::mt19937 random(20181214);
    for (const QString &desk : desks) {
        QStringList codes;
        for (const ParticipantRow &row : waiting)
            codes << row.participant.code;
        std::shuffle(codes.begin(), codes.end(), random);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(event.environment());
        process->start(QStringLiteral(PODIUM_CLI), QStringList{QStringLiteral("checkin"), event.uri(), QStringLiteral("-"),
                                                               QStringLiteral("--force")}
                                                       + event.deskArgs(desk));
        REQUIRE(process->waitForStarted(10000));
        // A code nobody has first: its answer says the desk is connected and has its copy.
        process->write("NOBODY\n");
        all << codes;
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QByteArray said;
        process->setReadChannel(QProcess::StandardError);
        for (int waited = 0; waited < 600 && !said.contains("unknown code"); ++waited) {
            process->waitForReadyRead(100);
            said += process->readAllStandardError();
        }
        REQUIRE(said.contains("unknown code"));
    }
    // Then the four at once.
    for (size_t i = 0; i < processes.size(); ++i) {
        processes[i]->write((all[int(i)].join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        processes[i]->closeWriteChannel();
    }
    // Who checked each code in, and what the others were told.
    QHash<QString, QStringList> winners;
    QHash<QString, QStringList> told;
    static const QRegularExpression checkedIn(QStringLiteral("^Checked in: .*\\[(\\w+)\\]"));
    static const QRegularExpression refused(QStringLiteral("^Refused: .*\\[(\\w+)\\]: already checked in at desk (\\d) at \\d\\d:\\d\\d:\\d\\d$"));
    // Read from all four as they go, so that no desk waits on a full pipe.
    std::vector<QByteArray> outs(4), errs(4);
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < 300000
           && std::any_of(processes.begin(), processes.end(),
                          [](const auto &p) { return p->state() != QProcess::NotRunning; })) {
        for (size_t i = 0; i < processes.size(); ++i) {
            processes[i]->waitForFinished(20);
            outs[i] += processes[i]->readAllStandardOutput();
            errs[i] += processes[i]->readAllStandardError();
        }
    }
    for (int i = 0; i < 4; ++i) {
        QProcess &process = *processes[size_t(i)];
        REQUIRE(process.state() == QProcess::NotRunning);
        const QString out = QString::fromUtf8(outs[size_t(i)] + process.readAllStandardOutput());
        const QString err = QString::fromUtf8(errs[size_t(i)] + process.readAllStandardError());
        INFO("desk " << desks[i].toStdString() << ": " << err.left(2000).toStdString());
        CHECK(process.exitCode() == 1); // the code nobody has, and the ones others were first to
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto m = checkedIn.match(line);
            INFO(line.toStdString());
            REQUIRE(m.hasMatch());
            winners[m.captured(1)] << desks[i];
        }
        for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.contains(QLatin1String("unknown code")))
                continue;
            const auto m = refused.match(line);
            INFO(line.toStdString());
            REQUIRE(m.hasMatch());
            told[m.captured(1)] << m.captured(2);
        }
    }
    // Each code checked in exactly once, and the three others told that desk.
    REQUIRE(winners.size() == waiting.size());
    const QList<ParticipantRow> after = event.current();
    QHash<QString, ParticipantRow> byCode;
    for (const ParticipantRow &row : after)
        byCode.insert(row.participant.code, row);
    for (const ParticipantRow &row : waiting) {
        const QString code = row.participant.code;
        INFO(code.toStdString());
        REQUIRE(winners.value(code).size() == 1);
        const QString winner = winners.value(code).constFirst();
        CHECK(told.value(code) == QStringList{winner, winner, winner});
        CHECK(byCode.value(code).participant.desk == winner);
        CHECK(byCode.value(code).participant.isCheckedIn());
    }
    // The counts afterwards: what was checked in before, and each waiting one once.
    const qint64 before = std::count_if(event.rows.cbegin(), event.rows.cend(),
                                        [](const ParticipantRow &r) { return r.participant.isCheckedIn(); });
    CHECK(std::count_if(after.cbegin(), after.cend(), [](const ParticipantRow &r) { return r.participant.isCheckedIn(); })
          == before + waiting.size());
    CHECK(event.doubles().isEmpty());
}

TEST_CASE("A desk whose connection is cut queues its check-ins and sends them when back, and a code checked in at two desks meanwhile is told to both with both times", "[server]")
{
    ServerEvent event(0);
    const QList<ParticipantRow> waiting = event.waiting();
    REQUIRE(waiting.size() >= 5);
    const QString a = waiting[0].participant.code, b = waiting[1].participant.code, c = waiting[2].participant.code,
                  d = waiting[3].participant.code, e = waiting[4].participant.code;
    // Desk 4 reaches the server through a socket directory of its own: removing the link there
    // cuts desk 4 alone, the way a pulled cable would, while desk 2 goes on.
    const QString socketDir = QRegularExpression(QStringLiteral("host=([^&]*)")).match(serverUri()).captured(1);
    QTemporaryDir alias(QStringLiteral("/tmp/desk4-XXXXXX"));
    REQUIRE(alias.isValid());
    const QString link = alias.filePath(QStringLiteral(".s.PGSQL.5432"));
    REQUIRE(QFile::link(socketDir + QStringLiteral("/.s.PGSQL.5432"), link));

    DeskProcess desk4(event, QStringLiteral("4"), alias.path());
    CHECK(lineOf(desk4.scan(a), a).startsWith(QStringLiteral("Checked in: ")));

    // The cable is pulled: no new connection, and the open one dropped.
    REQUIRE(QFile::remove(link));
    REQUIRE(psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                     .arg(event.desk)).exitCode == 0);
    CHECK(lineOf(desk4.scan(b), b).startsWith(QStringLiteral("Checked in offline: ")));
    CHECK(desk4.output.contains(QStringLiteral("offline: ")));

    // C: desk 2 first, desk 4 (offline) a second later: desk 2's stays.
    const QStringList desk2 = QStringList{QStringLiteral("checkin"), event.uri()} ;
    CHECK(event.run(desk2 + QStringList{c, QStringLiteral("--force")} + event.deskArgs(QStringLiteral("2"))).exitCode == 0);
    QThread::msleep(1100);
    CHECK(lineOf(desk4.scan(c), c).startsWith(QStringLiteral("Checked in offline: ")));
    // D: desk 4 (offline) first, desk 2 a second later: desk 4's replaces it when it is sent.
    CHECK(lineOf(desk4.scan(d), d).startsWith(QStringLiteral("Checked in offline: ")));
    QThread::msleep(1100);
    CHECK(event.run(desk2 + QStringList{d, QStringLiteral("--force")} + event.deskArgs(QStringLiteral("2"))).exitCode == 0);
    CHECK_FALSE(event.current().isEmpty());

    // The cable is back: at the next scan desk 4 sends what waited, then checks in.
    REQUIRE(QFile::link(socketDir + QStringLiteral("/.s.PGSQL.5432"), link));
    QThread::msleep(2100);
    CHECK(lineOf(desk4.scan(e), e).startsWith(QStringLiteral("Checked in: ")));
    const QString told4 = desk4.finish();
    INFO(told4.toStdString());
    CHECK(desk4.process.exitCode() == 0);
    const QRegularExpression cTold(QStringLiteral("\\(%1\\): checked in at desk 2 at \\d\\d:\\d\\d:\\d\\d and at desk 4 at "
                                                  "\\d\\d:\\d\\d:\\d\\d while offline").arg(c));
    const QRegularExpression dTold(QStringLiteral("\\(%1\\): checked in at desk 4 at \\d\\d:\\d\\d:\\d\\d while offline and "
                                                  "at desk 2 at \\d\\d:\\d\\d:\\d\\d").arg(d));
    CHECK(told4.contains(cTold));
    CHECK(told4.contains(dTold));

    // Desk 2 is told too, at its next sync.
    const CliRun told2 = event.run(QStringList{QStringLiteral("desk"), QStringLiteral("sync"), event.uri()}
                                   + event.deskArgs(QStringLiteral("2")));
    INFO(told2.out.toStdString() << told2.err.toStdString());
    CHECK(told2.exitCode == 0);
    CHECK(told2.out.contains(cTold));
    CHECK(told2.out.contains(dTold));

    // Nothing lost, nothing counted twice: the earlier check-in of each.
    QHash<QString, Participant> after;
    for (const ParticipantRow &row : event.current())
        after.insert(row.participant.code, row.participant);
    for (const QString &code : {a, b, d, e})
        CHECK(after.value(code).desk == QStringLiteral("4"));
    CHECK(after.value(c).desk == QStringLiteral("2"));
    const auto before = std::count_if(event.rows.cbegin(), event.rows.cend(),
                                      [](const ParticipantRow &r) { return r.participant.isCheckedIn(); });
    CHECK(std::count_if(after.cbegin(), after.cend(), [](const Participant &p) { return p.isCheckedIn(); }) == before + 5);
    CHECK(event.doubles().size() == 2);
}

TEST_CASE("The check-in page of a desk login on a server event: offline while its socket is cut, sent when back", "[server]")
{
    ServerEvent event(0);
    const QList<ParticipantRow> waiting = event.waiting();
    const QString socketDir = QRegularExpression(QStringLiteral("host=([^&]*)")).match(serverUri()).captured(1);
    QTemporaryDir alias(QStringLiteral("/tmp/desk3-XXXXXX"));
    const QString link = alias.filePath(QStringLiteral(".s.PGSQL.5432"));
    REQUIRE(QFile::link(socketDir + QStringLiteral("/.s.PGSQL.5432"), link));
    // The desk's copy and queue go under the test's folder; the desk names itself.
    qputenv("XDG_DATA_HOME", event.dir.path(QStringLiteral("data")).toUtf8());
    ChangeAuthor::setCurrent({QStringLiteral("door"), QStringLiteral("3")});

    // The password typed in Open from Server: the desk's own connection uses it too.
    qunsetenv("PGPASSWORD");
    EventStore::OpenOptions typed;
    typed.password = QStringLiteral("pw-") + event.desk;
    auto store = StoreOpener::open(event.uri(alias.path()), typed);
    INFO(store.error());
    REQUIRE(store.ok());
    EventDocument document(std::move(store).value());
    CheckInPage page;
    page.setServerPassword(typed.password);
    page.setDocument(&document);
    page.resize(1250, 700);
    page.show();
    QApplication::processEvents();
    REQUIRE(page.deskLink());
    CHECK(page.deskLink()->session().isOnline());
    CHECK(page.bannerLabel()->isHidden());
    const auto scan = [&](const QString &code) {
        QTest::keyClicks(page.codeEdit(), code);
        QTest::keyClick(page.codeEdit(), Qt::Key_Return);
    };
    scan(waiting[0].participant.code);
    CHECK(page.tone() == CheckInPage::Tone::Accepted);

    // The cable is pulled.
    REQUIRE(QFile::remove(link));
    REQUIRE(psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                     .arg(event.desk)).exitCode == 0);
    scan(waiting[1].participant.code);
    CHECK(page.tone() == CheckInPage::Tone::Accepted);
    CHECK(page.detailsLabel()->text().contains(QStringLiteral("Checked in offline")));
    CHECK_FALSE(page.bannerLabel()->isHidden());
    CHECK(page.bannerLabel()->text().startsWith(QStringLiteral("Offline: 1 check-in")));
    scan(waiting[0].participant.code);
    CHECK(page.tone() == CheckInPage::Tone::Warning);
    CHECK(page.detailsLabel()->text().contains(QStringLiteral("at desk 3")));
    screenshot(&page, QStringLiteral("checkin-server-offline"));

    // Back: the desk's next try sends it.
    REQUIRE(QFile::link(socketDir + QStringLiteral("/.s.PGSQL.5432"), link));
    page.deskLink()->syncNow();
    CHECK(page.deskLink()->session().isOnline());
    CHECK(page.bannerLabel()->isHidden());
    QHash<QString, Participant> after;
    for (const ParticipantRow &row : event.current())
        after.insert(row.participant.code, row.participant);
    CHECK(after.value(waiting[1].participant.code).desk == QStringLiteral("3"));
    CHECK(after.value(waiting[1].participant.code).isCheckedIn());
    scan(waiting[2].participant.code);
    CHECK(page.tone() == CheckInPage::Tone::Accepted);
    CHECK(page.countsLabel()->text().contains(QStringLiteral("All")));
    screenshot(&page, QStringLiteral("checkin-server-back"));
}
