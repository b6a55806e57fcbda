// Sign-in sheets per session: everyone on a plenary's sheet, blank lines on
// the others' (a page's worth, or as many as asked), names wrapped whole.
#include "support/EventFiles.h"
#include "support/PdfText.h"

#include "model/Event.h"
#include "print/PrintData.h"
#include "print/SignInSheetRenderer.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QRegularExpression>

namespace {
// The pages of the sheet whose heading is `title` (its first page and those until the next sheet).
QStringList sheet(const QStringList &pages, const QString &title)
{
    QStringList out;
    bool inside = false;
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("Sign-in sheet")))
            inside = page.simplified().contains(QStringLiteral("Sign-in sheet ") + title + QLatin1Char(' '));
        if (inside)
            out << page;
    }
    return out;
}
} // namespace

TEST_CASE("Sign-in sheets list everyone for plenaries and give the other sessions blank lines", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString longFirst = QStringLiteral("Maximiliane-Konstanze Alexandrina");
    const QString longLast = QStringLiteral("von Hohenzollern-Sigmaringen-Wüstenstein");
    {
        auto store = test::openTestEvent(event);
        Person person;
        person.firstName = longFirst;
        person.lastName = longLast;
        person.organisation = QStringLiteral("Luxembourg Institute of Health – Department of Precision Health (DoPH)");
        const auto id = store->people().insert(person);
        REQUIRE(id.ok());
        Participant participant;
        participant.personId = id.value();
        REQUIRE(store->participants().insert(participant).ok());
    }
    auto data = PrintData::load(*test::openTestEvent(event));
    REQUIRE(data.ok());
    const QList<Session> programme = data.value().programme();

    const QString pdf = dir.path(QStringLiteral("signin.pdf"));
    auto run = test::runCli({QStringLiteral("export"), QStringLiteral("signin"), event, QStringLiteral("-o"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList pages = test::pdfPages(pdf, true);

    int plenaries = 0;
    for (const Session &s : programme) {
        if (s.type == SessionType::Break)
            continue;
        INFO(s.title.toStdString());
        const QStringList pagesOf = sheet(pages, s.title);
        const QString text = pagesOf.join(QLatin1Char('\n'));
        if (SignInSheetRenderer::isPlenary(s, programme)) {
            ++plenaries;
            // Everyone, the long name whole over two lines of its cell.
            CHECK(text.contains(QStringLiteral("von Hohenzollern-")));
            CHECK(text.contains(QStringLiteral("Wüstenstein")));
            CHECK(text.contains(QStringLiteral("Alexandrina")));
            // Nothing cut in the table (the footer shortens a long title, as footers do).
            for (const QString &line : text.split(QLatin1Char('\n')))
                if (!line.contains(QStringLiteral("Sign-in: ")))
                    CHECK_FALSE(line.contains(QChar(0x2026)));
        } else {
            // Blank lines: one page, no names.
            CHECK(pagesOf.size() == 1);
            CHECK_FALSE(text.contains(QStringLiteral("Hohenzollern")));
            CHECK(text.contains(QRegularExpression(QStringLiteral("\\b20\\b"))));
        }
    }
    CHECK(plenaries > 0);
    // The lunch is no plenary: the seven pages of names are gone.
    CHECK(sheet(pages, QStringLiteral("Networking lunch")).size() == 1);

    // As many blank lines as asked for.
    run = test::runCli({QStringLiteral("export"), QStringLiteral("signin"), event, QStringLiteral("-o"), pdf, QStringLiteral("--force"),
                        QStringLiteral("--blank-lines"), QStringLiteral("3")});
    REQUIRE(run.exitCode == 0);
    const QString lunch = sheet(test::pdfPages(pdf, true), QStringLiteral("Networking lunch")).join(QString());
    CHECK(lunch.contains(QRegularExpression(QStringLiteral("\\b3\\b"))));
    CHECK_FALSE(lunch.contains(QRegularExpression(QStringLiteral("\\b4\\b"))));
}
