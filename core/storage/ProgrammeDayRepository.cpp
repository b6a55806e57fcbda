#include "storage/ProgrammeDayRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

Result<QList<ProgrammeDay>> ProgrammeDayRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT day, start_utc, end_utc FROM programme_day ORDER BY day"));
    if (Status st = s.exec(); !st)
        return Result<QList<ProgrammeDay>>::failure(st.error());
    QList<ProgrammeDay> days;
    while (s.next())
        days << ProgrammeDay{QDate::fromString(s.value(0).toString(), Qt::ISODate), Statement::utc(s.value(1)),
                             Statement::utc(s.value(2))};
    return days;
}

Status ProgrammeDayRepository::replaceAll(const QList<ProgrammeDay> &days) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status st = Statement(m_file, QStringLiteral("DELETE FROM programme_day")).exec(); !st)
        return st;
    for (const ProgrammeDay &d : days) {
        Statement s(m_file, QStringLiteral("INSERT INTO programme_day (day, start_utc, end_utc) VALUES (?, ?, ?) "
                                           "ON CONFLICT (day) DO UPDATE SET start_utc = excluded.start_utc, end_utc = excluded.end_utc"));
        s.bind({d.date.toString(Qt::ISODate), Statement::utc(d.start), Statement::utc(d.end)});
        if (Status st = s.exec(); !st)
            return st;
    }
    return transaction.commit();
}
