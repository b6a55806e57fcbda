// Every text a bulk import stores goes through this encoder: it must write
// exactly the bytes Qt writes, or names would change on their way to the file.
#include "support/TestSupport.h"

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
