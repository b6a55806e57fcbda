#include "io/ICalendarLines.h"

namespace {
const int maxOctets = 75;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

void ICalendarLines::add(const QString &nameAndParameters, const QString &value)
{
    m_bytes += fold((nameAndParameters + QLatin1Char(':') + value).toUtf8());
}

void ICalendarLines::addText(const QString &nameAndParameters, const QString &text)
{
    add(nameAndParameters, escape(text));
}

QString ICalendarLines::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f) {
            // RFC 5545 allows no other control character in a text (NUL, ESC...): dropped.
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarLines::fold(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    int pos = 0;
    int room = maxOctets; // the first line has 75 octets; the next ones a space and 74
    while (line.size() - pos > room) {
        int cut = pos + room;
        while (cut > pos && isContinuationByte(line.at(cut)))
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = maxOctets - 1;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}
