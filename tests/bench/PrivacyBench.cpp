// How long personal-data requests take on a large event (the GUI runs them
// with a wait cursor, so they must stay within a few seconds). Prints figures;
// asserts nothing. Usage: PrivacyBench [participants]
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "privacy/DataSubjectFinder.h"
#include "privacy/EventAnonymiser.h"
#include "privacy/PersonDataExporter.h"
#include "privacy/PersonEraser.h"
#include "storage/EventFile.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {
template <typename Step>
void timed(const char *what, Step step)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = step();
    std::printf("%-40s %8lld ms%s\n", what, timer.elapsed(), ok ? "" : "  (FAILED)");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int participants = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.podium"));
    auto file = EventFile::create(path, Event()).value();
    EventGenerator::Options options;
    options.participants = participants;
    options.sessions = 200;
    EventGenerator::fill(*file, options);
    std::printf("Event: %d participants, %lld KiB\n", participants, QFileInfo(path).size() / 1024);

    const QList<Person> all = file->people().all().value();
    const Person someone = all.at(all.size() / 2);
    QList<Person> people;
    timed("find by e-mail", [&] {
        auto found = DataSubjectFinder::byEmail(*file, someone.email);
        people = found ? found.value() : QList<Person>();
        return !people.isEmpty();
    });
    timed("export one person's data (JSON)", [&] { return PersonDataExporter(*file).toJson(people).ok(); });
    timed("erase one person (incl. VACUUM)", [&] {
        const PersonEraser eraser(*file);
        return eraser.erase(eraser.plan(people).value()).ok();
    });
    EventAnonymiser::Options anonymise;
    anonymise.force = true;
    anonymise.keepStatistics = true;
    timed("anonymise the event (incl. VACUUM)", [&] { return EventAnonymiser(*file).run(anonymise).ok(); });
    return 0;
}
