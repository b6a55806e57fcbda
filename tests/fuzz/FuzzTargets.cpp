#include "FuzzTargets.h"

#include "io/FrabJsonReader.h"
#include "io/FrabJsonWriter.h"
#include "io/FrabXmlReader.h"
#include "io/FrabXmlWriter.h"
#include "io/ICalendarWriter.h"
#include "io/ParticipantImporter.h"
#include "io/ScheduleCsvReader.h"
#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleImporter.h"
#include "io/SessionCsvWriter.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SettingRepository.h"
#include "storage/StatisticsRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace fuzz {
namespace {

QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

// One empty event for every import: each import runs inside a transaction
// that is rolled back, so the event stays empty and imports stay fast.
const EventStore &scratchEvent()
{
    static std::unique_ptr<EventFile> file = [] {
        Event event;
        event.name = QStringLiteral("Fuzz");
        auto created = EventFile::create(scratchDir().filePath(QStringLiteral("scratch.podium")), event);
        if (!created)
            qFatal("cannot create the scratch event: %s", qPrintable(created.error()));
        return std::move(created).value();
    }();
    return *file;
}

QString importAndRollBack(const Result<ScheduleDocument> &schedule)
{
    if (!schedule)
        return schedule.error().isEmpty() ? QStringLiteral("(failure without a message)") : schedule.error();
    const EventStore &file = scratchEvent();
    Transaction outer(file);
    ScheduleImporter::Options options;
    options.merge = true;
    const auto imported = ScheduleImporter::run(file, schedule.value(), options);
    return imported ? QString() : imported.error();
}

// The bytes as a file in the scratch folder (and no journal or lock beside it).
QString scratchFile(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchDir().filePath(name);
    for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template <typename T>
void touch(const Result<T> &result)
{
    // Reading is the point; a failure is a clean outcome too.
    (void)result.ok();
}

QString readEverything(const EventStore &file)
{
    touch(file.event().load());
    touch(file.rooms().all());
    touch(file.tracks().all());
    touch(file.sessions().all());
    touch(file.sessions().allRoles());
    touch(file.sessions().speakerCount());
    touch(file.people().all());
    touch(file.participants().all());
    touch(file.participants().countByCategory());
    touch(file.statistics().counts());
    (void)file.settings().value(QStringLiteral("schedule.dayChange"));
    const auto schedule = ScheduleDocumentBuilder::build(file);
    if (!schedule)
        return schedule.error();
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    (void)FrabXmlWriter::write(schedule.value(), sink);
    (void)FrabJsonWriter::write(schedule.value(), sink);
    (void)ICalendarWriter::write(schedule.value(), sink);
    (void)SessionCsvWriter::write(schedule.value(), sink);
    return {};
}

} // namespace

QString scheduleXml(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return importAndRollBack(FrabXmlReader::read(buffer, QStringLiteral("fuzz.xml")));
}

QString scheduleJson(const QByteArray &bytes)
{
    return importAndRollBack(FrabJsonReader::read(bytes, QStringLiteral("fuzz.json")));
}

QString scheduleCsv(const QByteArray &bytes)
{
    return importAndRollBack(ScheduleCsvReader::read(scratchFile(QStringLiteral("schedule.csv"), bytes)));
}

QString participantsCsv(const QByteArray &bytes)
{
    const QString path = scratchFile(QStringLiteral("input.csv"), bytes);
    const EventStore &file = scratchEvent();
    Transaction outer(file);
    const auto report = ParticipantImporter(file, ParticipantImporter::Options{}).run(path);
    return report ? QString() : report.error();
}

QString eventFile(const QByteArray &bytes)
{
    const QString path = scratchFile(QStringLiteral("input.podium"), bytes);
    auto opened = EventFile::open(path);
    if (!opened)
        return opened.error();
    return readEverything(*opened.value());
}

bool run(const QString &target, const QByteArray &bytes, QString *outcome)
{
    if (target == QLatin1String("schedule-xml"))
        *outcome = scheduleXml(bytes);
    else if (target == QLatin1String("schedule-json"))
        *outcome = scheduleJson(bytes);
    else if (target == QLatin1String("schedule-csv"))
        *outcome = scheduleCsv(bytes);
    else if (target == QLatin1String("event-file"))
        *outcome = eventFile(bytes);
    else if (target == QLatin1String("participants-csv"))
        *outcome = participantsCsv(bytes);
    else
        return false;
    return true;
}

} // namespace fuzz
