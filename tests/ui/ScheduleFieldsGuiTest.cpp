// What a schedule carries shows where a user edits it, and a night session
// stays on its evening's day tab.
#include "support/Screenshot.h"
#include "support/TestSupport.h"

#include "commands/SessionRecord.h"
#include "dialogs/EventPropertiesDialog.h"
#include "dialogs/SessionEditorDialog.h"
#include "document/EventDocument.h"
#include "model/Event.h"
#include "pages/ProgrammePage.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "widgets/SessionLinksEditor.h"
#include "widgets/TimetableScene.h"
#include "widgets/TimetableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabBar>
#include <QTableWidget>
#include <QTimeEdit>

namespace {
template <typename W>
W *withText(QWidget &parent, const QString &text)
{
    for (W *w : parent.findChildren<W *>())
        if (w->text().remove(QLatin1Char('&')).contains(text))
            return w;
    return nullptr;
}

struct NightEvent
{
    NightEvent()
    {
        event.name = QStringLiteral("Night Congress");
        event.timeZoneId = "Europe/Berlin";
        event.firstDay = QDate(2024, 12, 27);
        event.lastDay = event.firstDay;
        event.dayChange = QTime(6, 0);
        auto created = EventFile::create(dir.path(QStringLiteral("night.podium")), event);
        REQUIRE(created.ok());
        file = std::move(created).value();
        Room hall;
        hall.name = QStringLiteral("Saal 1");
        room = file->rooms().insert(hall).value();
        Session s;
        s.title = QStringLiteral("Chiptune night");
        s.roomId = room;
        s.start = QDateTime(QDate(2024, 12, 28), QTime(0, 55), QTimeZone("Europe/Berlin")).toUTC();
        s.durationMinutes = 45;
        s.typeName = QStringLiteral("performance");
        s.type = Session::typeForName(s.typeName);
        s.recordingOptOut = true;
        s.url = QStringLiteral("https://example.org/103");
        s.slug = QStringLiteral("night-103-chiptune");
        s.links << SessionLink{QStringLiteral("https://example.org/live"), QStringLiteral("Live"), {}};
        s.attachments << SessionLink{QStringLiteral("https://example.org/setlist.pdf"), QStringLiteral("Set list"),
                                     QStringLiteral("paper")};
        session = file->sessions().insert(s).value();
    }
    test::TempDir dir;
    Event event;
    std::unique_ptr<EventFile> file;
    RoomId room = 0;
    SessionId session = 0;
};
} // namespace

TEST_CASE("The session editor shows and keeps the recording opt-out, the type as written, url, slug, links and attachments")
{
    NightEvent night;
    auto record = SessionRecord::load(*night.file, night.session);
    REQUIRE(record.ok());
    SessionEditorDialog editor(*night.file, record.value(), Session());
    test::screenshot(&editor, QStringLiteral("session-editor-schedule-fields"));
    QCheckBox *optOut = withText<QCheckBox>(editor, QStringLiteral("not to be recorded"));
    REQUIRE(optOut);
    CHECK(optOut->isChecked());
    // Nothing touched: everything comes back as it was.
    const Session unchanged = editor.session();
    CHECK(unchanged == record->session);

    QComboBox *type = nullptr;
    for (QComboBox *box : editor.findChildren<QComboBox *>())
        if (box->isEditable() && box->currentText() == QStringLiteral("performance"))
            type = box;
    REQUIRE(type);
    type->setEditText(QStringLiteral("Ceremony"));
    optOut->setChecked(false);
    const Session edited = editor.session();
    CHECK(edited.typeName == QStringLiteral("Ceremony"));
    CHECK(edited.type == SessionType::Other);
    CHECK_FALSE(edited.recordingOptOut);
    CHECK(edited.attachments == record->session.attachments);
    CHECK(edited.links == record->session.links);
    CHECK(edited.url == QStringLiteral("https://example.org/103"));
    // A type picked from the list is one of Podium's own.
    type->setCurrentIndex(type->findData(int(SessionType::Keynote)));
    CHECK(editor.session().type == SessionType::Keynote);
    CHECK(editor.session().typeName.isEmpty());
}

TEST_CASE("A night session is on its evening's day tab and grid, and Event Properties edits the day change")
{
    NightEvent night;
    const QString path = night.file->path();
    night.file.reset();
    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    EventDocument document(std::move(opened).value());
    ProgrammePage page;
    page.setDocument(&document);
    page.resize(1000, 700);
    page.show();
    page.refreshNow();
    CHECK(page.currentDay() == QDate(2024, 12, 27));
    auto *tabs = page.findChild<QTabBar *>();
    REQUIRE(tabs);
    CHECK(tabs->count() == 1); // no tab for the 28th, no "outside the event"
    TimetableScene *scene = page.scene();
    REQUIRE(scene);
    CHECK(scene->block(night.session));
    CHECK(scene->lastHour() >= 26); // the grid runs past midnight to 01:40
    test::screenshot(&page, QStringLiteral("programme-night-session"));

    EventPropertiesDialog properties(document.store().event().load().value(), QStringLiteral("Properties"));
    test::screenshot(&properties, QStringLiteral("event-properties-day-change"));
    QTimeEdit *dayChange = properties.findChild<QTimeEdit *>();
    REQUIRE(dayChange);
    CHECK(dayChange->time() == QTime(6, 0));
    dayChange->setTime(QTime(0, 30));
    CHECK(properties.event().dayChange == QTime(0, 30));
}
