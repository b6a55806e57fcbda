// Schedule merge and CSV import benchmark: a generated 1,000-session event
// merged with itself (everything unchanged), with a new version (100 changed,
// 50 gone, 50 new) with and without removing the missing ones, the merge
// undone, and its sessions CSV read back. Prints the figures; asserts nothing.

#include "generate/EventGenerator.h"
#include "io/ScheduleCsvReader.h"
#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "io/ScheduleMergePlan.h"
#include "model/Event.h"
#include "storage/EventFile.h"

#include "BenchTimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
// A copy of the event file, so each merge starts from the same programme.
std::unique_ptr<EventFile> copyOf(const QString &source, const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(source, path))
        return nullptr;
    auto file = EventFile::open(path);
    return file.ok() ? std::move(file).value() : nullptr;
}

// The next version of the programme: retitled and moved sessions, some gone, some new.
ScheduleDocument nextVersion(const ScheduleDocument &doc)
{
    ScheduleDocument next = doc;
    for (int i = 0; i < 100; ++i) {
        ScheduleSession &s = next.sessions[i * 7 % next.sessions.size()];
        s.title += QStringLiteral(" (updated)");
        s.start = s.start.addSecs(15 * 60);
    }
    next.sessions.remove(next.sessions.size() - 50, 50);
    for (int i = 0; i < 50; ++i) {
        ScheduleSession s = doc.sessions[i];
        s.guid = ScheduleDocument::stableGuid(QStringLiteral("new/%1").arg(i));
        s.externalId = 900000 + i;
        s.title = QStringLiteral("New session %1").arg(i);
        next.sessions << s;
    }
    return next;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    EventGenerator::Options options;
    options.sessions = 1000;
    options.rooms = 10;
    options.days = 3;
    options.participants = 0;
    const QString sourcePath = dir.filePath(QStringLiteral("source.podium"));
    {
        auto file = EventFile::create(sourcePath, Event());
        if (!file.ok() || !EventGenerator::fill(*file.value(), options).ok())
            return 1;
    }
    ScheduleDocument doc;
    {
        auto source = EventFile::open(sourcePath);
        if (!source.ok())
            return 1;
        auto built = ScheduleDocumentBuilder::build(*source.value());
        if (!built.ok())
            return 1;
        doc = built.value();
    }
    std::printf("sessions: %lld\n", qlonglong(doc.sessions.size()));
    const ScheduleDocument next = nextVersion(doc);
    ScheduleImporter::Options merge;
    merge.merge = true;

    auto file = copyOf(sourcePath, dir.filePath(QStringLiteral("same.podium")));
    if (!file)
        return 1;
    timed("plan: the same programme (all unchanged)", [&] {
        auto plan = ScheduleMergePlan::compute(*file, doc);
        return plan.ok() && plan->count(SessionChange::Kind::Unchanged) == doc.sessions.size();
    });
    timed("merge the same programme (nothing written)", [&] { return ScheduleImporter::run(*file, doc, merge).ok(); });

    file = copyOf(sourcePath, dir.filePath(QStringLiteral("next.podium")));
    timed("plan: next version (100 changed, 50 new, 50 gone)", [&] {
        auto plan = ScheduleMergePlan::compute(*file, next);
        return plan.ok() && plan->count(SessionChange::Kind::Changed) == 100
            && plan->count(SessionChange::Kind::Missing) == 50;
    });
    timed("merge next version, keep the missing", [&] { return ScheduleImporter::run(*file, next, merge).ok(); });

    file = copyOf(sourcePath, dir.filePath(QStringLiteral("remove.podium")));
    merge.removeMissing = true;
    Result<ScheduleImportResult> done = Result<ScheduleImportResult>::failure(QString());
    timed("merge next version, remove the missing", [&] {
        done = ScheduleImporter::run(*file, next, merge);
        return done.ok();
    });
    timed("undo that merge", [&] { return done.ok() && ScheduleImporter::undo(*file, done.value()).ok(); });

    const QString csv = dir.filePath(QStringLiteral("sessions.csv"));
    if (!ScheduleFiles::write(doc, csv, true).ok())
        return 1;
    timed("read the sessions CSV export (1,000 rows)", [&] {
        auto read = ScheduleCsvReader::read(csv);
        return read.ok() && read->sessions.size() == doc.sessions.size();
    });
    return 0;
}
