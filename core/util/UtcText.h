#pragma once

#include <QByteArray>
#include <QDateTime>

// An instant as the event file stores it: "2018-12-14T08:30:00Z", exactly
// what QDateTime::toString(Qt::ISODate) gives for a UTC time, but computed
// directly from the milliseconds (Qt's formatter costs more than the whole
// database insert of a registration on bulk imports).
class UtcText
{
public:
    // Empty for an invalid time.
    static QByteArray format(const QDateTime &t);
};
