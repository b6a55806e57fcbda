// Counts are written with real plurals: tr("%n seat(s)", nullptr, n) gives "1 seat",
// "60 seats" (and "60 places", "60 Plätze") through the .ts files; a bare "(s)"
// would reach the user as "60 seat(s)". Also: no hard-coded English day names.
#include "support/TestSupport.h"

#include "util/LocaleFormat.h"

#include <QDirIterator>
#include <QFile>
#include <QLocale>

namespace {
struct Literal
{
    QString file;
    int line = 0;
    QString text; // adjacent literals joined, as the compiler joins them
};

// The string literals of a C++ source, comments and character literals skipped.
QList<Literal> literals(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(file.readAll());
    QList<Literal> found;
    int line = 1;
    bool joinNext = false; // only blanks since the last literal ended
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source[i];
        if (c == QLatin1Char('\n'))
            ++line;
        if (c == QLatin1Char('/') && source.mid(i, 2) == QLatin1String("//")) {
            i = source.indexOf(QLatin1Char('\n'), i) - 1;
            if (i < 0)
                break;
            continue;
        }
        if (c == QLatin1Char('/') && source.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = source.indexOf(QLatin1String("*/"), i + 2);
            line += int(source.mid(i, end - i).count(QLatin1Char('\n')));
            i = end + 1;
            continue;
        }
        if (c == QLatin1Char('\'')) { // '"' and '\'' are not strings
            i += source[i + 1] == QLatin1Char('\\') ? 3 : 2;
            joinNext = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            QString text;
            qsizetype j = i + 1;
            for (; j < source.size() && source[j] != QLatin1Char('"'); ++j) {
                if (source[j] == QLatin1Char('\\'))
                    text += source[j++];
                text += source[j];
            }
            if (joinNext && !found.isEmpty())
                found.last().text += text;
            else
                found.append({path, line, text});
            i = j;
            joinNext = true;
            continue;
        }
        if (!c.isSpace() && c != QLatin1Char('u') && c != QLatin1Char('8') && c != QLatin1Char('R'))
            joinNext = false;
    }
    return found;
}

QStringList sources()
{
    QStringList files;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(PODIUM_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    return files;
}
} // namespace

TEST_CASE("No text says \"(s)\" except a %n plural, which the translations turn into real plurals")
{
    const QStringList files = sources();
    REQUIRE(files.size() > 100);
    int plurals = 0;
    for (const QString &path : files) {
        for (const Literal &literal : literals(path)) {
            if (!literal.text.contains(QLatin1String("(s)")))
                continue;
            INFO(literal.file.mid(int(qstrlen(PODIUM_SOURCE_DIR)) + 1).toStdString()
                 << ":" << literal.line << ": \"" << literal.text.toStdString() << "\"");
            CHECK(literal.text.contains(QLatin1String("%n")));
            ++plurals;
        }
    }
    CHECK(plurals > 5); // the scan reads literals at all
}

TEST_CASE("The literal scanner joins adjacent literals and skips comments and characters")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sample.cpp"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("// \"1 day(s)\" in a comment\n"
               "auto a = tr(\"%n seat(s) \"\n   \"left\", nullptr, n);\n"
               "char q = '\"'; auto b = \"2 error(s)\"; /* \"x(s)\" */\n");
    file.close();
    const QList<Literal> found = literals(path);
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == QStringLiteral("%n seat(s) left"));
    CHECK(found[0].line == 2);
    CHECK(found[1].text == QStringLiteral("2 error(s)"));
    CHECK(found[1].line == 4);
}

TEST_CASE("Times and days in the interface language: no English day names in French or German")
{
    const QDateTime friday(QDate(2018, 12, 14), QTime(9, 11));
    CHECK(LocaleFormat::dayAndTime(friday, QLocale(QStringLiteral("en_GB"))) == QStringLiteral("Fri 09:11"));
    CHECK(LocaleFormat::dayAndTime(friday, QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("ven. 09:11"));
    CHECK(LocaleFormat::dayAndTime(friday, QLocale(QStringLiteral("de_DE"))) == QStringLiteral("Fr. 09:11"));
    CHECK(LocaleFormat::time(QTime(9, 11), QLocale::c()) == QStringLiteral("09:11"));
    CHECK(LocaleFormat::day(friday.date(), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("Fr. 14 Dez."));
}
