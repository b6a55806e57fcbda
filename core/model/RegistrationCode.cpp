#include "model/RegistrationCode.h"

#include <QRandomGenerator>

QString RegistrationCode::alphabet()
{
    return QString::fromLatin1(symbols);
}

QString RegistrationCode::generate()
{
    return generate(*QRandomGenerator::system());
}

QString RegistrationCode::generate(QRandomGenerator &random)
{
    const QString letters = alphabet();
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code += letters.at(int(random.bounded(quint32(letters.size()))));
    return code;
}

QString RegistrationCode::normalise(QStringView typed)
{
    QString out(typed.size(), Qt::Uninitialized);
    qsizetype n = 0;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out[n++] = c.toUpper();
    }
    out.truncate(n);
    return out;
}

bool RegistrationCode::isSymbol(QChar c)
{
    // The alphabet: digits 2-9 and the letters but I, L and O.
    const char16_t u = c.unicode();
    return (u >= u'2' && u <= u'9') || (u >= u'A' && u <= u'Z' && u != u'I' && u != u'L' && u != u'O');
}

bool RegistrationCode::isWellFormed(QStringView code)
{
    if (code.size() < 8)
        return false;
    for (QChar c : code)
        if (!isSymbol(c))
            return false;
    return true;
}
