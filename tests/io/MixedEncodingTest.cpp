// A UTF-8 file with a few bytes that are not UTF-8 stays UTF-8 (its accents
// intact) and its bad lines are named; only a file that is not mostly UTF-8
// is read as a code page; byte order marks inside the text are dropped.
#include "ParticipantTestSupport.h"

#include "io/TextDecoder.h"

using namespace test;

namespace {
// "José Müller" and "Zoë" in UTF-8; line 3 holds "Grün" in Windows-1252 (ü = FC).
const QByteArray mixed = "First name,Last name,Email\n"
                         "Jos\xC3\xA9,M\xC3\xBCller,jose@example.org\n"
                         "Anna,Gr\xFCn,anna@example.org\n"
                         "Zo\xC3\xAB,Martin,zoe@example.org\n";
} // namespace

TEST_CASE("A UTF-8 file with one stray byte is read as UTF-8, naming the line that holds it")
{
    const TextDecoder::Decoded decoded = TextDecoder::decode(mixed);
    CHECK(decoded.encoding == TextDecoder::Encoding::Utf8);
    CHECK(decoded.invalidLines == QList<int>{3});
    CHECK(decoded.text.contains(QString::fromUtf8("José,Müller")));
    CHECK(decoded.text.contains(QString::fromUtf8("Gr\xEF\xBF\xBDn"))); // U+FFFD
    // The same bytes with a UTF-8 byte order mark count lines the same way.
    CHECK(TextDecoder::decode("\xEF\xBB\xBF" + mixed).invalidLines == QList<int>{3});
}

TEST_CASE("A file that is not mostly UTF-8 is still read as Windows-1252")
{
    const TextDecoder::Decoded decoded =
        TextDecoder::decode("First name,Last name\nJos\xE9,M\xFCller\nFran\xE7oise,Wei\xDF\n");
    CHECK(decoded.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(decoded.invalidLines.isEmpty());
    CHECK(decoded.text.contains(QString::fromUtf8("José,Müller")));
}

TEST_CASE("Byte order marks inside the text (files pasted together) are removed")
{
    const QByteArray bom = "\xEF\xBB\xBF";
    for (const QByteArray &bytes : {bom + "a,b\n" + bom + "Anna,Chioti\n", QByteArray("a,b\n") + bom + "Anna,Chi" + bom + "oti\n"}) {
        const TextDecoder::Decoded decoded = TextDecoder::decode(bytes);
        CHECK_FALSE(decoded.text.contains(QChar(0xFEFF)));
        CHECK(decoded.text.contains(QStringLiteral("Anna,Chioti")));
    }
}

TEST_CASE("Import refuses the lines with bytes that are not UTF-8, or imports them as U+FFFD when asked")
{
    TempDir dir;
    const QString event = makeEvent(dir, false);
    const QString csv = dir.path(QStringLiteral("mixed.csv"));
    writeFile(csv, mixed);
    const QByteArray before = sha256(event);
    const CliRun refused = runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QString::fromUtf8("line 3: “Gr\xEF\xBF\xBDn” holds bytes that are not UTF-8")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("line 2")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("line 4")));
    CHECK(sha256(event) == before);

    const CliRun accepted = runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv,
                                    QStringLiteral("--accept-invalid-bytes")});
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.exitCode == 0);
    const QList<ParticipantRow> rows = rowsByEmail(event);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].person.lastName == QString::fromUtf8("Gr\xEF\xBF\xBDn"));
    CHECK(rows[1].person.firstName == QString::fromUtf8("José"));
    CHECK(rows[1].person.lastName == QString::fromUtf8("Müller"));
    CHECK(rows[2].person.firstName == QString::fromUtf8("Zoë"));
}
