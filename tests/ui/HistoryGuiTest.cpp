#include "support/EventFiles.h"

#include "commands/EditSessionCommand.h"
#include "dialogs/HistoryDialog.h"
#include "document/EventDocument.h"
#include "storage/EventFile.h"
#include "storage/SessionRepository.h"
#include "util/ChangeAuthor.h"

#include <QUndoStack>

TEST_CASE("Editing a session twice undoes and redoes (versions follow), History lists it, revert is undoable")
{
    test::TempDir dir;
    const QString path = test::createDemoEvent(dir);
    EventDocument document(EventFile::open(path).value());
    ChangeAuthor::setCurrent({QStringLiteral("alice"), QString()});
    const Session before = document.store().sessions().all()->first();
    Session after = before;
    after.title = QStringLiteral("Renamed in the GUI");
    document.undoStack()->push(new EditSessionCommand(&document, before, after, QStringLiteral("Rename")));
    CHECK(document.store().sessions().byId(before.id)->title == after.title);
    // Undo and redo twice: each write names the version the previous one left.
    for (int i = 0; i < 2; ++i) {
        document.undoStack()->undo();
        REQUIRE(document.store().sessions().byId(before.id)->title == before.title);
        document.undoStack()->redo();
        REQUIRE(document.store().sessions().byId(before.id)->title == after.title);
    }

    HistoryDialog history(&document, QStringLiteral("session"), before.id);
    REQUIRE(history.entryCount() == 6); // created (the demo), rename, undo, redo, undo, redo
    history.revertEntry(0);             // the newest: the last redo
    CHECK(document.store().sessions().byId(before.id)->title == before.title);
    CHECK(history.entryCount() == 7);
    document.undoStack()->undo();
    CHECK(document.store().sessions().byId(before.id)->title == after.title);

    HistoryDialog everything(&document);
    CHECK(everything.entryCount() >= 8);
    ChangeAuthor::setCurrent({});
}
