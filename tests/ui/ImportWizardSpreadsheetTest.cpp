#include "support/EventFiles.h"
#include "support/Screenshot.h"

#include "dialogs/ImportParticipantsWizard.h"
#include "document/EventDocument.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

// The import wizard with a file as a German Excel saves it (ANSI code page, semicolons,
// trailing empty columns, an empty row, a line break in a cell).
// Set PODIUM_SCREENSHOTS=/some/folder to look at its pages as a user would.

TEST_CASE("Import wizard: a German Excel CSV is read, mapped and checked without a problem")
{
    test::TempDir dir;
    auto file = EventFile::open(test::createDemoEvent(dir));
    REQUIRE(file.ok());
    EventDocument document(std::move(file).value());
    ImportParticipantsWizard wizard(&document);
    wizard.restart();
    wizard.setCsvPath(test::fixture(QStringLiteral("participants/spreadsheets/excel-de-de-csv.csv")));
    wizard.next();
    REQUIRE(wizard.currentId() == 1);

    auto *mapping = wizard.currentPage();
    const QStringList labels = [&] {
        QStringList texts;
        for (QLabel *label : mapping->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }();
    // (The plural ending comes from the English translation, which tests do not load.)
    CHECK(labels.filter(QStringLiteral("Read as Windows-1252, separated by semicolons; 3 example row")).size() == 1);
    auto *table = mapping->findChild<QTableWidget *>();
    REQUIRE(table);
    REQUIRE(table->rowCount() == 12);
    for (int row = 0; row < 12; ++row) {
        auto *combo = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        REQUIRE(combo);
        INFO(table->item(row, 0)->text().toStdString() << " -> " << combo->currentText().toStdString());
        // The two empty trailing columns are not imported, and not shown.
        CHECK((row < 10) == (combo->currentIndex() != 0));
        CHECK((row < 10) != table->isRowHidden(row));
    }
    CHECK(table->item(1, 2)->text() == QStringLiteral("Françoise · Zoë · Jürgen"));
    CHECK(table->item(9, 2)->text() == QStringLiteral("Arrives \"late\" Needs a projector · Vegetarian; no nuts, please"));
    test::screenshot(&wizard, QStringLiteral("import-wizard-mapping"));

    wizard.next();
    REQUIRE(wizard.currentId() == 2);
    CHECK(wizard.currentPage()->isComplete());
    CHECK(wizard.currentPage()->findChild<QPlainTextEdit *>()->toPlainText().isEmpty()); // no warnings
    test::screenshot(&wizard, QStringLiteral("import-wizard-check"));
}
