#pragma once

#include <QString>
#include <QStringView>

class QRandomGenerator;

// Registration codes: printed on badges (as QR codes) and typed at the desk,
// so they avoid look-alike characters (0/O, 1/I/L) and carry 10 characters
// from a 31-symbol alphabet (about 49 bits: unguessable for an event).
class RegistrationCode
{
public:
    static constexpr int length = 10;
    // Digits 2-9 and the letters but I, L and O.
    static constexpr const char *symbols = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static QString alphabet();
    // A fresh code from the system's secure random source.
    static QString generate();
    // A code from the given generator (deterministic test data).
    static QString generate(QRandomGenerator &random);
    // Upper-cases and strips spaces and dashes, as people type codes.
    static QString normalise(QStringView typed);
    static bool isWellFormed(QStringView code);
    static bool isSymbol(QChar c);
};
