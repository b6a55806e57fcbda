#include "io/TextDecoder.h"

#include <QStringDecoder>

namespace {
// Windows-1252 differs from Latin-1 only in 0x80..0x9F; the five holes
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls as Windows does.
const char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(const QByteArray &bytes, const char *prefix, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}
} // namespace

TextDecoder::Decoded TextDecoder::decode(const QByteArray &bytes)
{
    bool failed = false;
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return {decodeWith(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3), &failed), Encoding::Utf8Bom};
    if (startsWith(bytes, "\xFF\xFE", 2))
        return {decodeWith(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2), &failed), Encoding::Utf16LE};
    if (startsWith(bytes, "\xFE\xFF", 2))
        return {decodeWith(QStringConverter::Utf16BE, QByteArrayView(bytes).sliced(2), &failed), Encoding::Utf16BE};
    QString text = decodeWith(QStringConverter::Utf8, bytes, &failed);
    if (!failed)
        return {std::move(text), Encoding::Utf8};
    return {fromWindows1252(bytes.constData(), bytes.size()), Encoding::Windows1252};
}

QString TextDecoder::fromWindows1252(const char *data, qsizetype size)
{
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = uchar(data[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(windows1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
}

QString TextDecoder::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (with BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}
