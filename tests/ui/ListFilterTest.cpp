// Filtering a list starts at the top of the results and keeps the selected
// rows selected when the new filter still shows them.
#include "support/EventFiles.h"

#include "document/EventDocument.h"
#include "models/ParticipantTableModel.h"
#include "pages/ParticipantsPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

namespace {
ParticipantId idAt(const ParticipantsPage &page, int row)
{
    return page.model()->participantId(row);
}

QList<ParticipantId> selectedIds(const ParticipantsPage &page)
{
    QList<ParticipantId> ids;
    for (const QModelIndex &index : page.view()->selectionModel()->selectedRows())
        ids << idAt(page, index.row());
    return ids;
}
} // namespace

TEST_CASE("Participants: a new filter scrolls to the top and keeps the selection it still shows")
{
    test::TempDir dir;
    auto file = EventFile::open(test::createGeneratedEvent(dir, 1200));
    REQUIRE(file.ok());
    EventDocument document(std::move(file).value());
    ParticipantsPage page;
    page.resize(1000, 600);
    page.show();
    page.setDocument(&document);
    QTableView *view = page.view();
    QComboBox *category = nullptr;
    for (QComboBox *box : page.findChildren<QComboBox *>())
        if (box->itemText(0) == QStringLiteral("All categories"))
            category = box;
    REQUIRE(category);

    // A row far down, of the most common category, selected and scrolled to.
    int row = 300;
    while (page.model()->data(page.model()->index(row, ParticipantTableModel::CategoryColumn)).toString()
           != QStringLiteral("Attendee"))
        ++row;
    const ParticipantId chosen = idAt(page, row);
    view->selectRow(row);
    view->scrollTo(page.model()->index(row, 0));
    REQUIRE(view->verticalScrollBar()->value() > 0);

    // Only attendees: the chosen one is still there, selected, and the list starts at the top.
    category->setCurrentIndex(category->findText(QStringLiteral("Attendee")));
    CHECK(view->verticalScrollBar()->value() == 0);
    CHECK(selectedIds(page) == QList<ParticipantId>{chosen});
    CHECK(view->currentIndex().isValid());
    CHECK(idAt(page, view->currentIndex().row()) == chosen);

    // Only speakers: the attendee is not shown, so nothing stays selected.
    view->scrollToBottom();
    category->setCurrentIndex(category->findText(QStringLiteral("Speaker")));
    CHECK(view->verticalScrollBar()->value() == 0);
    CHECK(selectedIds(page).isEmpty());
}
