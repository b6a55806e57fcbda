#include "support/TestSupport.h"

#include "commands/MarkBadgesPrintedCommand.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "pages/PrintPage.h"
#include "print/BadgeRenderer.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>

namespace {
std::unique_ptr<EventDocument> demoDocument(const test::TempDir &dir)
{
    auto file = EventFile::create(dir.path(QStringLiteral("demo.podium")), Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

void choose(PrintPage &page, DocumentKind kind)
{
    auto *combo = page.findChildren<QComboBox *>().first(); // the document chooser comes first
    combo->setCurrentIndex(combo->findData(int(kind)));
    page.refreshPreview();
}
} // namespace

TEST_CASE("The Print page previews the chosen document with the core renderer")
{
    test::TempDir dir;
    auto document = demoDocument(dir);
    PrintPage page;
    page.resize(1300, 900);
    page.setDocument(document.get());
    page.refreshPreview();
    CHECK(page.options().kind == DocumentKind::Programme);
    CHECK(page.previewPageCount() == 4); // cover, two pages of sessions, index

    choose(page, DocumentKind::Badges);
    CHECK(page.options().labelSheet.key == QLatin1String("a6-4up"));
    CHECK(page.previewPageCount() == PrintPage::previewPages); // 37 pages of badges: only the first ones

    choose(page, DocumentKind::Timetable);
    CHECK(page.previewPageCount() == 1);
    // One room a page: the demo's three rooms on three pages.
    page.findChild<QSpinBox *>(QStringLiteral("roomsPerPage"))->setValue(1);
    page.refreshPreview();
    CHECK(page.previewPageCount() == 3);
    page.findChild<QSpinBox *>(QStringLiteral("roomsPerPage"))->setValue(0);
    page.refreshPreview();
    CHECK(page.previewPageCount() == 1);
    if (qEnvironmentVariableIsSet("PODIUM_SCREENSHOT"))
        page.grab().save(qEnvironmentVariable("PODIUM_SCREENSHOT"));
    page.setDocument(nullptr);
    CHECK(page.previewPageCount() == 0);
}

TEST_CASE("Marking printed badges is one undoable edit")
{
    test::TempDir dir;
    auto document = demoDocument(dir);
    auto data = PrintData::load(document->store());
    REQUIRE(data.ok());
    PrintOptions options;
    options.kind = DocumentKind::Badges;
    options.category = ParticipantCategory::Speaker;
    const QList<Participant> printed = BadgeRenderer(data.value(), options).participants();
    REQUIRE(printed.size() > 3);
    auto countPrinted = [&] {
        int n = 0;
        const auto all = document->store().participants().all();
        for (const Participant &p : all.value())
            n += p.badgePrinted;
        return n;
    };
    const int before = countPrinted();
    document->undoStack()->push(new MarkBadgesPrintedCommand(document.get(), printed));
    CHECK(countPrinted() == before + printed.size());
    for (const Participant &p : printed)
        CHECK(document->store().participants().byId(p.id).value().badgePrinted);
    // "Not yet printed" now leaves them out.
    auto after = PrintData::load(document->store());
    options.unprintedOnly = true;
    CHECK(BadgeRenderer(after.value(), options).participants().isEmpty());
    document->undoStack()->undo();
    CHECK(countPrinted() == before);
}

TEST_CASE("The Print page shows who gets a badge per status, and reprints one person")
{
    test::TempDir dir;
    auto document = demoDocument(dir);
    auto data = PrintData::load(document->store());
    REQUIRE(data.ok());
    int registered = 0, waitlisted = 0;
    for (const Participant &p : data.value().participants) {
        registered += p.status == RegistrationStatus::Registered;
        waitlisted += p.status == RegistrationStatus::Waitlisted;
    }
    REQUIRE(waitlisted > 0); // the demo has a waiting list
    PrintPage page;
    page.resize(1300, 900);
    page.setDocument(document.get());
    choose(page, DocumentKind::Badges);
    // The default leaves the waiting list out, and says so before printing.
    const QString counts = page.findChild<QLabel *>(QStringLiteral("statusCounts"))->text();
    INFO(counts.toStdString());
    CHECK(counts.contains(QStringLiteral("Waitlisted: %1").arg(waitlisted)));
    CHECK(counts.contains(QStringLiteral("%1 participant").arg(registered)));
    CHECK_FALSE(page.options().status.has_value());
    // Certificates: only those who checked in.
    choose(page, DocumentKind::Certificates);
    int checkedIn = 0;
    for (const Participant &p : data.value().participants)
        checkedIn += p.isCheckedIn() && p.status != RegistrationStatus::Cancelled;
    CHECK(page.findChild<QLabel *>(QStringLiteral("statusCounts"))->text().contains(QStringLiteral("%1 participant").arg(checkedIn)));
    choose(page, DocumentKind::Badges);

    // A reprint for one person, found by registration code, even on the waiting list.
    Participant waiting;
    for (const Participant &p : data.value().participants)
        if (p.status == RegistrationStatus::Waitlisted)
            waiting = p;
    page.findChild<QLineEdit *>(QStringLiteral("reprint"))->setText(waiting.code.toLower());
    page.refreshPreview();
    REQUIRE(page.options().onlyParticipants.has_value());
    CHECK(*page.options().onlyParticipants == QSet<ParticipantId>{waiting.id});
    CHECK(page.previewPageCount() == 1);
    CHECK(BadgeRenderer(data.value(), page.options()).participants().size() == 1);
    // Chosen on the Participants page ("Print Badges"): those two, on the badges.
    choose(page, DocumentKind::Programme);
    const QList<Participant> two = data.value().participants.mid(0, 2);
    page.reprintBadges(two);
    page.refreshPreview();
    CHECK(page.options().kind == DocumentKind::Badges);
    CHECK(*page.options().onlyParticipants == QSet<ParticipantId>{two.at(0).id, two.at(1).id});
    if (qEnvironmentVariableIsSet("PODIUM_SCREENSHOT_REPRINT"))
        page.grab().save(qEnvironmentVariable("PODIUM_SCREENSHOT_REPRINT"));
}
