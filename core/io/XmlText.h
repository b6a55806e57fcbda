#pragma once

#include <QString>

// Text as XML 1.0 can carry it: control characters other than tab, line
// feed and carriage return, unpaired surrogates and U+FFFE/U+FFFF are
// dropped (QXmlStreamWriter refuses to write them, and readers reject them).
class XmlText
{
public:
    static QString clean(const QString &text);
};
