// The event file's UTC text is written by a fast formatter on bulk imports and
// read back by Qt's ISO parser everywhere else: both must agree to the second.
#include "support/TestSupport.h"

#include "util/UtcText.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

TEST_CASE("UTC text is what Qt's ISO formatter writes, for any instant from 0001 to 9999")
{
    const QTimeZone luxembourg("Europe/Luxembourg");
    const QList<QDateTime> fixed{
        QDateTime(QDate(2018, 12, 14), QTime(9, 30), luxembourg),       // the demo event, winter time
        QDateTime(QDate(2019, 3, 31), QTime(3, 0), luxembourg),         // just after the spring change
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::utc()),    // the epoch
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0), QTimeZone::utc()),  // leap day of a century
        QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), QTimeZone::utc()),
    };
    for (const QDateTime &t : fixed) {
        INFO(t.toString(Qt::ISODateWithMs).toStdString());
        CHECK(UtcText::format(t) == t.toUTC().toString(Qt::ISODate).toUtf8());
    }
    QRandomGenerator random(2018);
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59), QTimeZone::utc()).toMSecsSinceEpoch();
    for (int i = 0; i < 100000; ++i) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(first + qint64(random.bounded(double(last - first))),
                                                           QTimeZone::utc());
        const QByteArray expected = t.toUTC().toString(Qt::ISODate).toUtf8();
        if (UtcText::format(t) != expected) {
            FAIL_CHECK(expected.constData() << " was written as " << UtcText::format(t).constData());
            break;
        }
    }
    CHECK(UtcText::format(QDateTime()).isEmpty());
}
