// Who gets a badge, from the command line: registered participants by default,
// badges marked printed when asked, a reprint for one person, and each
// document's help naming only its own options.
#include "support/EventFiles.h"
#include "support/PdfText.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"

#include <QFile>
#include <QRegularExpression>

namespace {
QList<Participant> participantsOf(const QString &location)
{
    return test::openTestEvent(location)->participants().all().value();
}

} // namespace

TEST_CASE("Badges go to registered participants by default, --mark-printed and --only as staff use them", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString pdf = dir.path(QStringLiteral("badges.pdf"));
    auto exportBadges = [&](const QStringList &extra) {
        QFile::remove(pdf);
        return test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf} + extra);
    };

    // Default: the waiting list and cancellations get no badge.
    auto run = exportBadges({QStringLiteral("--mark-printed")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = test::pdfText(pdf);
    int registered = 0, others = 0;
    for (const Participant &p : participantsOf(event)) {
        INFO(p.code.toStdString());
        if (p.status == RegistrationStatus::Registered) {
            ++registered;
            CHECK(text.contains(p.code));
            CHECK(p.badgePrinted); // --mark-printed
        } else {
            ++others;
            CHECK_FALSE(text.contains(p.code));
            CHECK_FALSE(p.badgePrinted);
        }
    }
    REQUIRE(others > 0);
    CHECK(run.out.contains(QStringLiteral("Marked %1 badges printed.").arg(registered)));

    // Printed once: "--unprinted" now has nothing to print.
    run = exportBadges({QStringLiteral("--unprinted")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("badge not printed yet")));

    // The waiting list on request.
    run = exportBadges({QStringLiteral("--status"), QStringLiteral("waitlisted")});
    REQUIRE(run.exitCode == 0);
    for (const Participant &p : participantsOf(event))
        if (p.status == RegistrationStatus::Waitlisted)
            CHECK(test::pdfText(pdf).contains(p.code));

    // A reprint for one person, by code as typed at the desk: one badge, whatever the filters.
    const Participant one = participantsOf(event).first();
    run = exportBadges({QStringLiteral("--only"), one.code.toLower(), QStringLiteral("--unprinted")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString reprint = test::pdfText(pdf);
    CHECK(reprint.contains(one.code));
    CHECK(reprint.count(QRegularExpression(QStringLiteral("\\b[2-9A-HJKMNP-Z]{10}\\b"))) == 1);
    run = exportBadges({QStringLiteral("--only"), QStringLiteral("Nobody Ofthisname")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Nobody Ofthisname")));
}

TEST_CASE("Each document's --help lists its own options only", "[stores]")
{
    auto help = [](const QString &kind) {
        const auto run = test::runCli({QStringLiteral("export"), kind, QStringLiteral("--help")});
        REQUIRE(run.exitCode == 0);
        return run.out;
    };
    const QString timetable = help(QStringLiteral("timetable"));
    CHECK(timetable.contains(QStringLiteral("--paper")));
    CHECK(timetable.contains(QStringLiteral("--rooms-per-page")));
    for (const char *badgeOnly : {"--layout", "--unprinted", "--mark-printed", "--crop-marks", "--photo-mark", "--category", "--only"})
        CHECK_FALSE(timetable.contains(QLatin1String(badgeOnly)));
    const QString badges = help(QStringLiteral("badges"));
    for (const char *option : {"--layout", "--unprinted", "--mark-printed", "--crop-marks", "--photo-mark", "--category", "--only"})
        CHECK(badges.contains(QLatin1String(option)));
    CHECK_FALSE(badges.contains(QStringLiteral("--paper")));
    CHECK_FALSE(badges.contains(QStringLiteral("--rooms-per-page")));
    CHECK(badges.contains(QStringLiteral("default: registered only")));
    const QString signin = help(QStringLiteral("signin"));
    CHECK(signin.contains(QStringLiteral("--blank-lines")));
    CHECK_FALSE(signin.contains(QStringLiteral("--rooms-per-page")));
    CHECK_FALSE(signin.contains(QStringLiteral("--bleed")));
    CHECK(help(QStringLiteral("signs")).contains(QStringLiteral("--bleed")));

    // An option of another document is named as such, not as unknown.
    test::TempDir dir;
    const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("timetable"), test::placeDemoEvent(dir), QStringLiteral("-o"),
                                   dir.path(QStringLiteral("t.pdf")), QStringLiteral("--layout"), QStringLiteral("a6-4up")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--layout does not apply to timetable poster")));
}
