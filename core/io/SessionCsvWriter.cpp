#include "io/SessionCsvWriter.h"

#include "io/CsvField.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCsvWriter)
};
} // namespace

Status SessionCsvWriter::write(const ScheduleDocument &doc, QIODevice &device)
{
    QList<const ScheduleSession *> sessions;
    for (const ScheduleSession &s : doc.sessions)
        sessions << &s;
    std::stable_sort(sessions.begin(), sessions.end(), [](const ScheduleSession *a, const ScheduleSession *b) {
        if (a->start.isValid() != b->start.isValid())
            return a->start.isValid();
        return a->start < b->start || (a->start == b->start && a->room < b->room);
    });
    const QTimeZone zone = doc.timeZone();
    const ProgrammeDays days = doc.programmeDays();
    QString text = QStringLiteral("\uFEFF");
    text += CsvField::record({Tr::tr("Day"), Tr::tr("Start"), Tr::tr("End"), Tr::tr("Room"), Tr::tr("Track"),
                              Tr::tr("Type"), Tr::tr("Title"), Tr::tr("Speakers"),
                              // Last, out of the way: what a merge of the edited sheet matches sessions by.
                              QStringLiteral("GUID")});
    for (const ScheduleSession *s : std::as_const(sessions)) {
        QStringList names;
        for (const SchedulePerson &p : s->persons)
            names << p.name;
        const bool timed = s->start.isValid();
        text += CsvField::record({timed ? days.dayOf(s->start).toString(Qt::ISODate) : QString(),
                                  timed ? s->start.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString(),
                                  timed ? s->end().toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QString(),
                                  s->room, s->track, s->typeName.isEmpty() ? toLabel(s->type) : s->typeName, s->title, names.join(QStringLiteral("; ")), s->guid});
    }
    const QByteArray bytes = text.toUtf8();
    if (device.write(bytes) != bytes.size())
        return Status::failure(Tr::tr("The sessions could not be written: %1").arg(device.errorString()));
    return {};
}
