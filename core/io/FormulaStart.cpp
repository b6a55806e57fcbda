#include "io/FormulaStart.h"

#include <QString>

namespace {

bool isTrigger(char32_t c)
{
    return c == U'=' || c == U'+' || c == U'-' || c == U'@' || c == U'\t' || c == U'\r';
}

// Characters in front of the text that show nothing: format characters
// (zero-width space and joiners, BOM, direction marks and isolates, soft
// hyphen) and spaces, which some spreadsheets trim before reading a formula.
bool isUnseen(char32_t c)
{
    if (c == U' ' || c == 0x00A0 || c == 0x3000 || c == 0x180E)
        return true;
    return QChar::category(c) == QChar::Other_Format;
}

} // namespace

bool FormulaStart::in(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : char32_t(text.at(i).unicode());
        if (isTrigger(c))
            return true;
        if (!isUnseen(c)) {
            if (c < 0x80)
                return false;
            if (c == 0x2212) // MINUS SIGN: not a compatibility form, but read as minus
                return true;
            const QString normalised = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
            return !normalised.isEmpty() && isTrigger(normalised.at(0).unicode());
        }
        i += c > 0xFFFF ? 2 : 1;
    }
    return false;
}

bool FormulaStart::in(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    const uchar first = uchar(utf8.front());
    // The common case (an ASCII letter or digit) without decoding anything.
    if (first < 0x80 && first != ' ')
        return isTrigger(first);
    // Enough to see past any run of unseen characters a real cell starts with.
    return in(QStringView(QString::fromUtf8(utf8.first(qMin<qsizetype>(utf8.size(), 256)))));
}
