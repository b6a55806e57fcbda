// Every text a bulk import stores goes through this encoder: it must write
// exactly the bytes Qt writes, or names would change on their way to the file.
#include "support/TestSupport.h"

#include "util/Utf8Columns.h"
#include "util/Utf8Encoding.h"

#include <QRandomGenerator>

namespace {
QByteArray encoded(QStringView text)
{
    QByteArray out(text.size() * 3, Qt::Uninitialized);
    out.truncate(Utf8Encoding::encode(text, out.data()));
    return out;
}
} // namespace

TEST_CASE("UTF-8 encoding writes what QString::toUtf8 writes, surrogates and all")
{
    for (const QString &text : {QString(), QStringLiteral("Chioti"), QStringLiteral("Françoise Weiß €"),
                                QStringLiteral("Ελληνικά 中文 日本語"), QStringLiteral("emoji 🎉 and 𝄞")}) {
        CHECK(encoded(text) == text.toUtf8());
    }
    // A lone high or low surrogate, and one cut off at the end.
    const QString lone = QString(QChar(0xD83C)) + QLatin1Char('x') + QChar(0xDF89) + QChar(0xD83C);
    CHECK(encoded(lone) == lone.toUtf8());

    QRandomGenerator random(1252);
    for (int i = 0; i < 20000; ++i) {
        QString text(random.bounded(1, 24), Qt::Uninitialized);
        for (QChar &c : text) {
            const int range = random.bounded(4);
            c = QChar(char16_t(range == 0   ? random.bounded(0x80)
                               : range == 1 ? random.bounded(0x80, 0x800)
                               : range == 2 ? random.bounded(0xD800, 0xE000)
                                            : random.bounded(0x800, 0x10000)));
        }
        if (encoded(text) != text.toUtf8()) {
            FAIL_CHECK("differs for " << text.toStdString());
            break;
        }
    }
}

TEST_CASE("UTF-8 encoding of mostly ASCII text, the kind it copies eight characters at a time")
{
    // Runs of ASCII of every length around the block of eight, broken by
    // accented letters, euro signs, emoji and lone surrogates at every position.
    const QList<QString> others = {QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("🎉"),
                                   QString(QChar(0xDC00)), QString(QChar(0xD83C)), QStringLiteral("\u007f"),
                                   QStringLiteral("\u0080")};
    QRandomGenerator random(4096);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = random.bounded(0, 40);
        while (text.size() < length) {
            if (random.bounded(10) == 0)
                text += others[random.bounded(int(others.size()))];
            else
                text += QChar(char16_t(random.bounded(0x20, 0x7F)));
        }
        // A view that starts at an odd place, as a field inside a line does.
        const QStringView view = QStringView(text).mid(qMin(int(text.size()), random.bounded(3)));
        if (encoded(view) != view.toUtf8()) {
            FAIL_CHECK("differs for " << view.toString().toStdString());
            break;
        }
    }
}

TEST_CASE("UTF-8 columns keep each text apart, empty ones included")
{
    const QList<QString> texts = {QStringLiteral("Dr."), QString(), QStringLiteral("Françoise"),
                                  QStringLiteral("Weiß & Söhne GmbH"), QString(), QStringLiteral("🎉 Zoë")};
    const Utf8Columns columns({texts[0], texts[1], texts[2], texts[3], texts[4], texts[5]});
    REQUIRE(columns.size() == int(texts.size()));
    for (int i = 0; i < columns.size(); ++i)
        CHECK(columns.column(i).toByteArray() == texts[i].toUtf8());
    CHECK(Utf8Columns().isEmpty());
}
