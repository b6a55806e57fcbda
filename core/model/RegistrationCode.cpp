#include "model/RegistrationCode.h"

#include <QRandomGenerator>

QString RegistrationCode::alphabet()
{
    return QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
}

QString RegistrationCode::generate()
{
    return generate(*QRandomGenerator::system());
}

QString RegistrationCode::generate(QRandomGenerator &random)
{
    const QString symbols = alphabet();
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code += symbols.at(int(random.bounded(quint32(symbols.size()))));
    return code;
}

QString RegistrationCode::normalise(const QString &typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out += c.toUpper();
    }
    return out;
}

bool RegistrationCode::isWellFormed(const QString &code)
{
    if (code.size() < 8)
        return false;
    const QString symbols = alphabet();
    for (QChar c : code)
        if (!symbols.contains(c))
            return false;
    return true;
}
