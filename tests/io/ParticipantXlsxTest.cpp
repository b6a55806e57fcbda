#include "support/EventFiles.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"

#include <QMap>
#include <QXmlStreamReader>

namespace {
QByteArray unzipMember(const QString &zip, const QString &member)
{
    const auto run = test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    REQUIRE(run.exitCode == 0);
    return run.out.toUtf8();
}

struct Cell
{
    QString type;  // "inlineStr", "s", "" (number)
    int style = 0;
    QString value; // the text, or the number as written
};

// Cells by reference ("A1"), from a worksheet's XML (inline or shared strings).
QMap<QString, Cell> readCells(const QByteArray &xml)
{
    QMap<QString, Cell> cells;
    QXmlStreamReader reader(xml);
    QString ref;
    Cell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QLatin1String("r")).toString();
            cell = Cell{reader.attributes().value(QLatin1String("t")).toString(),
                        reader.attributes().value(QLatin1String("s")).toInt(), QString()};
        } else if (reader.isStartElement() && (reader.name() == QLatin1String("t") || reader.name() == QLatin1String("v"))) {
            cell.value += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("c")) {
            cells.insert(ref, cell);
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return cells;
}

// For each cell style index: whether its font is bold, and its number format code.
struct Styles
{
    QList<bool> boldFont;
    QMap<int, QString> numberFormats;
    QList<QPair<int, int>> cellXfs; // fontId, numFmtId
};

Styles readStyles(const QByteArray &xml)
{
    Styles s;
    QXmlStreamReader reader(xml);
    bool inFonts = false, inCellXfs = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        if (reader.isStartElement()) {
            if (name == QLatin1String("fonts"))
                inFonts = true;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inFonts && name == QLatin1String("font"))
                s.boldFont << false;
            else if (inFonts && name == QLatin1String("b"))
                s.boldFont.last() = true;
            else if (name == QLatin1String("numFmt"))
                s.numberFormats.insert(reader.attributes().value(QLatin1String("numFmtId")).toInt(),
                                       reader.attributes().value(QLatin1String("formatCode")).toString());
            else if (inCellXfs && name == QLatin1String("xf"))
                s.cellXfs << qMakePair(reader.attributes().value(QLatin1String("fontId")).toInt(),
                                       reader.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (reader.isEndElement()) {
            if (name == QLatin1String("fonts"))
                inFonts = false;
            else if (name == QLatin1String("cellXfs"))
                inCellXfs = false;
        }
    }
    return s;
}

// Excel's serial date for a local date and time.
double excelSerial(const QDateTime &local)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(local.date());
    return double(days) + local.time().msecsSinceStartOfDay() / 86400000.0;
}
} // namespace

TEST_CASE("XLSX export: bold frozen header, autofilter, widths, cells and real dates", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("unzip"))); // in build.sh's packages
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString out = dir.path(QStringLiteral("participants.xlsx"));
    const auto run = test::runCli({QStringLiteral("export"), QStringLiteral("participants"), event,
                                   QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK((QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);

    auto file = test::openTestEvent(event);
    const Event e = file->event().load().value();
    const auto rows = ParticipantTableQuery(*file, {}).page({}, 100000).value().rows;

    const QByteArray sheet = unzipMember(out, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:T%1\"/>").arg(rows.size() + 1).toUtf8()));
    CHECK(sheet.contains("<cols>"));
    CHECK(sheet.contains("customWidth=\"1\""));

    const auto cells = readCells(sheet);
    const Styles styles = readStyles(unzipMember(out, QStringLiteral("xl/styles.xml")));
    const Cell header = cells.value(QStringLiteral("B1"));
    CHECK(header.value == QStringLiteral("First name"));
    REQUIRE(header.style < styles.cellXfs.size());
    CHECK(styles.boldFont.value(styles.cellXfs[header.style].first));
    CHECK(cells.value(QStringLiteral("T1")).value == QStringLiteral("Registered"));

    // Every row's name, e-mail and code; and the registration time as a real date.
    for (int i = 0; i < rows.size(); ++i) {
        const QString r = QString::number(i + 2);
        INFO(rows[i].person.email.toStdString());
        CHECK(cells.value(QStringLiteral("B") + r).value == rows[i].person.firstName);
        CHECK(cells.value(QStringLiteral("C") + r).value == rows[i].person.lastName);
        CHECK(cells.value(QStringLiteral("G") + r).value == rows[i].person.email);
        CHECK(cells.value(QStringLiteral("L") + r).value == rows[i].participant.code);
        const Cell registered = cells.value(QStringLiteral("T") + r);
        CHECK(registered.type.isEmpty()); // a number, not text
        const double expected = excelSerial(e.toLocal(rows[i].participant.registeredAt));
        CHECK(registered.value.toDouble() == Approx(expected).margin(1.0 / 86400));
        const int format = styles.cellXfs.value(registered.style).second;
        CHECK(styles.numberFormats.value(format) == QStringLiteral("yyyy-mm-dd hh:mm"));
    }
}

TEST_CASE("XLSX export: one sheet per category, named after it", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("unzip"))); // in build.sh's packages
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString out = dir.path(QStringLiteral("by-category.xlsx"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("participants"), event, QStringLiteral("-o"), out,
                          QStringLiteral("--sheet-per-category")})
                .exitCode
            == 0);
    auto file = test::openTestEvent(event);
    const auto counts = file->participants().countByCategory().value();
    const QByteArray workbook = unzipMember(out, QStringLiteral("xl/workbook.xml"));
    int sheetNumber = 0;
    for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values()) {
        const qint64 count = counts.value(toKey(category));
        if (!count) {
            CHECK_FALSE(workbook.contains(QStringLiteral("name=\"%1\"").arg(toLabel(category)).toUtf8()));
            continue;
        }
        ++sheetNumber;
        CHECK(workbook.contains(QStringLiteral("name=\"%1\"").arg(toLabel(category)).toUtf8()));
        const auto cells = readCells(
            unzipMember(out, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheetNumber)));
        const QString lastRow = QString::number(count + 1);
        CHECK(cells.value(QStringLiteral("J") + lastRow).value == toLabel(category));
        CHECK_FALSE(cells.contains(QStringLiteral("J") + QString::number(count + 2)));
    }
    CHECK(sheetNumber >= 2);
}
