// Every way a cell can start a formula, plain or disguised (full-width and
// small forms, invisible characters in front), is neutralised in every CSV
// export preset; cells that only look similar are left alone.
#include "support/EventFiles.h"

#include "io/CsvField.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaStart.h"
#include "io/ParticipantExportOptions.h"
#include "privacy/ConsentPolicy.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QSet>

namespace {

struct Variant
{
    const char *what;
    QString text;
};

QString u(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Cells a spreadsheet would (or, after normalising or trimming, might) run.
const QList<Variant> &formulas()
{
    static const QList<Variant> list{
        {"equals", QStringLiteral("=1+1")},
        {"plus", QStringLiteral("+1+1")},
        {"minus", QStringLiteral("-1+1")},
        {"at", QStringLiteral("@SUM(A1)")},
        {"tab", QStringLiteral("\t=1+1")},
        {"carriage return", QStringLiteral("\r=1+1")},
        {"full-width equals ＝", u(u"\uFF1D1+1")},
        {"full-width plus ＋", u(u"\uFF0B1+1")},
        {"full-width minus －", u(u"\uFF0D1+1")},
        {"full-width at ＠", u(u"\uFF20SUM(A1)")},
        {"small equals ﹦", u(u"\uFE661+1")},
        {"small plus ﹢", u(u"\uFE621+1")},
        {"small minus ﹣", u(u"\uFE631+1")},
        {"small at ﹫", u(u"\uFE6BSUM(A1)")},
        {"superscript plus ⁺", u(u"\u207A1")},
        {"minus sign −", u(u"\u22121+1")},
        {"zero-width space before =", u(u"\u200B=1+1")},
        {"two zero-width spaces before ＝", u(u"\u200B\u200B\uFF1D1+1")},
        {"byte order mark before =", u(u"\uFEFF=1+1")},
        {"word joiner before +", u(u"\u2060+1")},
        {"zero-width joiner before @", u(u"\u200D@SUM(A1)")},
        {"left-to-right mark before =", u(u"\u200E=1+1")},
        {"right-to-left mark before -", u(u"\u200F-1")},
        {"right-to-left override before =", u(u"\u202E=1+1")},
        {"first-strong isolate before =", u(u"\u2068=1+1")},
        {"soft hyphen before =", u(u"\u00AD=1+1")},
        {"space before =", QStringLiteral(" =1+1")},
        {"no-break space before =", u(u"\u00A0=1+1")},
        {"ideographic space before ＝", u(u"\u3000\uFF1D1+1")},
        {"zero-width space before tab", u(u"\u200B\t=1")},
    };
    return list;
}

// Cells that must come out as they are.
const QList<Variant> &plainTexts()
{
    static const QList<Variant> list{
        {"a name", QStringLiteral("Müller")},
        {"a number", QStringLiteral("42")},
        {"equals inside", QStringLiteral("a=b")},
        {"an en dash", u(u"\u2013 dash")},
        {"a zero-width space before a letter", u(u"\u200BAnna")},
        {"a space before a digit", QStringLiteral(" 5")},
        {"Arabic", u(u"\u0645\u0631\u062D\u0628\u0627")},
        {"an emoji", u(u"\U0001F600 smile")},
        {"empty", QString()},
    };
    return list;
}

} // namespace

TEST_CASE("Formula starts and their look-alikes are recognised, other texts are not")
{
    for (const Variant &v : formulas()) {
        INFO(v.what);
        CHECK(FormulaStart::in(QStringView(v.text)));
        CHECK(FormulaStart::in(QByteArrayView(v.text.toUtf8())));
        CHECK(CsvField::neutralised(v.text) == QLatin1Char('\'') + v.text);
    }
    for (const Variant &v : plainTexts()) {
        INFO(v.what);
        CHECK_FALSE(FormulaStart::in(QStringView(v.text)));
        CHECK_FALSE(CsvWriter::looksLikeFormula(QByteArrayView(v.text.toUtf8())));
        CHECK(CsvField::neutralised(v.text) == v.text);
    }
}

TEST_CASE("Every CSV preset writes each look-alike formula with an apostrophe in front", "[stores]")
{
    test::TempDir dir;
    const QString path = test::placeDemoEvent(dir);
    QStringList expected;
    {
        auto file = test::openTestEvent(path);
        QList<Participant> participants;
        QSet<PersonId> people; // one registration per person, so each name is set once
        for (Participant p : file->participants().all().value()) {
            p.consentList = true; // so the list to share has them too
            if (ConsentPolicy::mayAppear(p, ConsentPolicy::Output::SharedSpreadsheet) && !people.contains(p.personId)) {
                people.insert(p.personId);
                participants << p;
            }
        }
        REQUIRE(participants.size() >= formulas().size());
        for (int i = 0; i < formulas().size(); ++i) {
            const Participant &p = participants.at(i);
            REQUIRE(file->participants().update(p).ok());
            Person person = file->people().byId(p.personId).value();
            person.lastName = formulas().at(i).text;
            REQUIRE(file->people().update(person).ok());
            expected << QLatin1Char('\'') + formulas().at(i).text;
        }
    }
    for (const QString &preset : ParticipantExportOptions::presetKeys()) {
        INFO(preset.toStdString());
        const QString out = dir.path(preset + QStringLiteral(".csv"));
        const test::CliRun run = test::runCli({QStringLiteral("export"), QStringLiteral("participants"), path,
                                               QStringLiteral("--preset"), preset, QStringLiteral("-o"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QString text = QString::fromUtf8(test::readFile(out));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const auto options = ParticipantExportOptions::preset(preset).value();
        CsvReader reader(text, QLatin1Char(options.csv.delimiter));
        CsvReader::Record record;
        QStringList cells;
        while (!reader.atEnd()) {
            REQUIRE(reader.next(record).ok());
            cells << record.texts();
        }
        for (const QString &cell : expected) {
            INFO(cell.toStdString());
            CHECK(cells.contains(cell));
        }
    }
}
