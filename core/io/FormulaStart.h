#pragma once

#include <QByteArrayView>
#include <QStringView>

// Whether a spreadsheet would run a cell as a formula: it starts with
// = + - @ tab or carriage return, also in a look-alike form a spreadsheet may
// read the same way (full-width ＝ ＋ － ＠, small ﹦ ﹢ ﹣, the minus sign −),
// and also behind characters nobody sees (zero-width space, byte order mark,
// direction marks, spaces). The first visible character is NFKC-normalised
// before it is judged. Exports put an apostrophe in front of such cells.
class FormulaStart
{
public:
    static bool in(QStringView text);
    static bool in(QByteArrayView utf8);
};
