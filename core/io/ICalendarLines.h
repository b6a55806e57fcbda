#pragma once

#include <QByteArray>
#include <QString>

// iCalendar (RFC 5545) content lines: "NAME;PARAM=x:value", CRLF-terminated,
// folded at 75 octets without splitting a UTF-8 character, TEXT values
// escaped.
class ICalendarLines
{
public:
    // Adds a line whose value is already in iCalendar syntax (dates, numbers).
    void add(const QString &nameAndParameters, const QString &value);
    // Adds a line with a TEXT value, escaping \ ; , and newlines.
    void addText(const QString &nameAndParameters, const QString &text);
    const QByteArray &bytes() const { return m_bytes; }

    static QString escape(const QString &text);
    // One content line, folded and terminated by CRLF.
    static QByteArray fold(const QByteArray &line);

private:
    QByteArray m_bytes;
};
