// The event file's UTC text is written by a fast formatter on bulk imports and
// read back by Qt's ISO parser everywhere else: both must agree to the second.
#include "support/TestSupport.h"

#include "util/LocalTimeConverter.h"
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

TEST_CASE("Local times typed in a spreadsheet become the instant Qt computes, in any zone and on any date")
{
    // The importer converts every "Registered" cell by hand (arithmetic days,
    // one offset per quarter hour); Qt's own conversion is the reference.
    for (const char *zoneId : {"Europe/Luxembourg", "America/New_York", "Asia/Kolkata", "UTC"}) {
        const QTimeZone zone(zoneId);
        LocalTimeConverter converter(zone);
        QRandomGenerator random(14);
        for (int i = 0; i < 20000; ++i) {
            const QDate date = QDate(1, 1, 1).addDays(random.bounded(qint64(3652058)));
            const QTime time(random.bounded(24), random.bounded(60), random.bounded(60));
            CHECK(LocalTimeConverter::daysSinceEpoch(date.year(), date.month(), date.day())
                  == date.toJulianDay() - QDate(1970, 1, 1).toJulianDay());
            const QDateTime expected(date, time, zone);
            if (!expected.isValid() || date.year() < 1900)
                continue; // a gap at a clock change; zone rules before 1900 are local mean times
            const QDateTime got = converter.toUtc({date.year(), date.month(), date.day(), time.hour(), time.minute(),
                                                   time.second()});
            if (got != expected) {
                FAIL_CHECK(zoneId << " " << expected.toString(Qt::ISODate).toStdString() << " became "
                                  << got.toString(Qt::ISODate).toStdString());
                break;
            }
        }
        CHECK_FALSE(converter.toUtc({2019, 2, 29, 10, 0, 0}).isValid());
        CHECK_FALSE(converter.toUtc({2019, 13, 1, 10, 0, 0}).isValid());
        CHECK_FALSE(converter.toUtc({2019, 12, 1, 24, 0, 0}).isValid());
    }
    CHECK(LocalTimeConverter::daysSinceEpoch(-1, 12, 31) == QDate(-1, 12, 31).toJulianDay() - 2440588);
}
