#include "storage/SearchFolding.h"

#include <sqlite3.h>

namespace {
void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!bytes) {
        sqlite3_result_null(context);
        return;
    }
    const int size = sqlite3_value_bytes(argv[0]);
    // Names are mostly ASCII: those need no folding (the callers compare with LIKE).
    bool ascii = true;
    for (int i = 0; i < size && ascii; ++i)
        ascii = static_cast<unsigned char>(bytes[i]) < 0x80;
    if (ascii) {
        // LIKE already ignores the case of ASCII letters: the value as it is.
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray folded = SearchFolding::fold(QString::fromUtf8(bytes, size)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}
} // namespace

QString SearchFolding::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    out = out.toCaseFolded();
    // Letters that do not decompose but that people type without their stroke.
    out.replace(QChar(0x00DF), QLatin1String("ss")); // ß
    out.replace(QChar(0x00F8), QLatin1Char('o'));    // ø
    out.replace(QChar(0x0142), QLatin1Char('l'));    // ł
    out.replace(QChar(0x0111), QLatin1Char('d'));    // đ
    out.replace(QChar(0x00E6), QLatin1String("ae")); // æ
    out.replace(QChar(0x0153), QLatin1String("oe")); // œ
    return out;
}

bool SearchFolding::install(sqlite3 *db)
{
    return db
        && sqlite3_create_function_v2(db, "podium_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, foldFunction, nullptr, nullptr, nullptr)
               == SQLITE_OK;
}
