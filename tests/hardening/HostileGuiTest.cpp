// Hostile text in the GUI: shown as typed (never as rich text), no crash
// with 1 MiB fields, right-to-left overrides or NUL characters.
#include "HostileInput.h"

#include "dialogs/PersonPickerDialog.h"
#include "document/EventDocument.h"
#include "model/Event.h"
#include "pages/OverviewPage.h"
#include "storage/EventRepository.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QTableView>

TEST_CASE("The overview shows a hostile event name as plain text")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("event.podium"));
    hostile::buildEvent(dir, path);
    for (const QString &name : hostile::texts()) {
        INFO(name.toStdString());
        {
            auto file = EventFile::open(path);
            REQUIRE(file.ok());
            Event e = file.value()->event().load().value();
            e.name = name;
            e.subtitle = name;
            REQUIRE(file.value()->event().save(e).ok());
        }
        auto file = EventFile::open(path);
        REQUIRE(file.ok());
        EventDocument document(std::move(file).value());
        OverviewPage page;
        page.setDocument(&document);
        page.resize(900, 700);
        page.grab(); // lays out and paints every label
        int shown = 0;
        for (const QLabel *label : page.findChildren<QLabel *>())
            if (label->text() == name) {
                ++shown;
                CHECK(label->textFormat() == Qt::PlainText);
            }
        CHECK(shown == 2); // name and subtitle
    }
}

TEST_CASE("The person picker lists hostile names and 1 MiB organisations as they are")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("event.podium"));
    hostile::buildEvent(dir, path);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    PersonPickerDialog picker(*file.value(), QStringLiteral("Pick"), QStringLiteral("Whom?"), QStringLiteral("OK"));
    picker.resize(900, 600);
    picker.grab();
    const QTableView *table = picker.findChild<QTableView *>();
    REQUIRE(table);
    const QAbstractItemModel *model = table->model();
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
    CHECK(cells.contains(hostile::megabyteField()));
    for (const QString &text : hostile::texts()) {
        bool found = false;
        for (const QString &cell : std::as_const(cells))
            found = found || cell.contains(text);
        INFO(text.toStdString());
        CHECK(found);
    }
    picker.setFilterText(QStringLiteral("DROP TABLE"));
    CHECK(picker.visibleCount() >= 1);
}
