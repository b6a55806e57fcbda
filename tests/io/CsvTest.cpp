#include "support/TestSupport.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/HeaderMapper.h"
#include "io/TextDecoder.h"

#include <QBuffer>

namespace {
struct Read
{
    QStringList fields;
    int line = 0;
};

QList<Read> readAll(const QString &text, QChar delimiter)
{
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QList<Read> records;
    while (!reader.atEnd()) {
        const Status read = reader.next(record);
        REQUIRE(read.ok());
        records << Read{record.texts(), record.line};
    }
    return records;
}
} // namespace

TEST_CASE("CSV reader: quotes, doubled quotes, line breaks in fields, CRLF and LF, line numbers")
{
    const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\n4,,6\n");
    const auto records = readAll(text, QLatin1Char(','));
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == QStringList{"a", "b", "c"});
    CHECK(records[1].fields == QStringList{"x, y", "say \"hi\"", "one\r\ntwo\nthree"});
    CHECK(records[1].line == 2);
    CHECK(records[2].fields == QStringList{"4", "", "6"});
    CHECK(records[2].line == 5); // the quoted field spanned lines 2 to 4
}

TEST_CASE("CSV reader: a quoted field that never ends names its line")
{
    CsvReader reader(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"), QLatin1Char(','));
    CsvReader::Record record;
    REQUIRE(reader.next(record).ok());
    REQUIRE(reader.next(record).ok());
    const Status broken = reader.next(record);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("line 3")));
}

TEST_CASE("CSV reader: fields that cannot be views of the text keep their values within a record")
{
    // Many fields with doubled quotes in one record: the reader's copies grow
    // while earlier fields still point at them.
    QString line;
    QStringList expected;
    for (int i = 0; i < 40; ++i) {
        line += QStringLiteral("%1\"say \"\"%2\"\" now\"").arg(i ? QStringLiteral(",") : QString()).arg(i);
        expected << QStringLiteral("say \"%1\" now").arg(i);
    }
    // Text after a closing quote is kept as spreadsheet programs keep it;
    // empty quoted fields and a last record without a line end.
    const QString text = line + QStringLiteral("\n\"a\"b,\"\",\"x\"\"\"\n\"last\",\"\"\"\"");
    const auto records = readAll(text, QLatin1Char(','));
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == expected);
    CHECK(records[1].fields == QStringList{"ab", "", "x\""});
    CHECK(records[2].fields == QStringList{"last", "\""});
    CHECK(records[2].line == 3);
}

TEST_CASE("CSV reader: the delimiter is sniffed from the header line")
{
    CHECK(CsvReader::sniffDelimiter(u"First name,Last name,Email\n") == QLatin1Char(','));
    CHECK(CsvReader::sniffDelimiter(u"Prénom;Nom;\"Société, SA\"\r\n") == QLatin1Char(';'));
    CHECK(CsvReader::sniffDelimiter(u"Vorname\tName\tFirma, Ort\n") == QLatin1Char('\t'));
}

TEST_CASE("Text decoder: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252 otherwise")
{
    const QString text = QStringLiteral("Françoise Weiß €");
    CHECK(TextDecoder::decode(text.toUtf8()).text == text);
    CHECK(TextDecoder::decode(text.toUtf8()).encoding == TextDecoder::Encoding::Utf8);
    const auto bom = TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    CHECK(bom.text == text);
    CHECK(bom.encoding == TextDecoder::Encoding::Utf8Bom);
    QByteArray utf16("\xFF\xFE");
    for (QChar c : text)
        utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
    CHECK(TextDecoder::decode(utf16).text == text);
    // "Françoise Weiß €" in Windows-1252: ç = E7, ß = DF, € = 80.
    const auto cp1252 = TextDecoder::decode(QByteArray("Fran\xE7oise Wei\xDF \x80"));
    CHECK(cp1252.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(cp1252.text == text);
}

TEST_CASE("CSV writer: quotes when needed and neutralises formulas")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, {';', true, true});
    for (const char *cell : {"=1+1", "+352 621", "-3", "@SUM(A1)", "\tx", "plain", "a;b", "say \"hi\"", "=x;y"})
        writer.field(QByteArrayView(cell));
    writer.endRow();
    REQUIRE(writer.finish().ok());
    CHECK(buffer.data()
          == QByteArray("\xEF\xBB\xBF'=1+1;'+352 621;'-3;'@SUM(A1);'\tx;plain;\"a;b\";\"say \"\"hi\"\"\";\"'=x;y\"\r\n"));
    // Read back: the apostrophe is the only change.
    CsvReader reader(TextDecoder::decode(buffer.data()).text, QLatin1Char(';'));
    CsvReader::Record record;
    REQUIRE(reader.next(record).ok());
    CHECK(record.texts()
          == QStringList{"'=1+1", "'+352 621", "'-3", "'@SUM(A1)", "'\tx", "plain", "a;b", "say \"hi\"", "'=x;y"});
}

TEST_CASE("Header mapper: English, French and German column names")
{
    using F = ParticipantField;
    const struct
    {
        const char *header;
        F field;
    } cases[] = {
        {"First name", F::FirstName}, {"Prénom", F::FirstName},        {"Vorname", F::FirstName},
        {"Surname", F::LastName},     {"Nom", F::LastName},            {"Nachname", F::LastName},
        {"E-mail", F::Email},         {"Courriel", F::Email},          {"E-Mail-Adresse", F::Email},
        {"Organization", F::Organisation}, {"Société", F::Organisation}, {"Firma", F::Organisation},
        {"Catégorie", F::Category},   {"Kategorie", F::Category},      {"Téléphone", F::Phone},
        {"Régime alimentaire", F::Dietary}, {"Consent to list", F::ConsentList},
    };
    for (const auto &c : cases) {
        INFO(c.header);
        const auto target = HeaderMapper::guess(QString::fromUtf8(c.header));
        REQUIRE(target.has_value());
        CHECK(*target == ColumnTarget::of(c.field));
    }
    CHECK_FALSE(HeaderMapper::guess(QStringLiteral("Shoe size")).has_value());
    // German forms write "Name" for the family name beside "Vorname".
    auto mapping = HeaderMapper::map({QStringLiteral("Name"), QStringLiteral("Vorname")});
    REQUIRE(mapping.ok());
    CHECK(mapping->targets[0] == ColumnTarget::of(F::LastName));
    // Without any name column the mapping says so.
    auto nameless = HeaderMapper::map({QStringLiteral("Email"), QStringLiteral("Firma")});
    REQUIRE_FALSE(nameless.ok());
    CHECK(nameless.error().contains(QStringLiteral("last name")));
}
