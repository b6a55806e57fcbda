// How the People page's list behaves with 100,000 participants: the time to
// open it, search, sort and jump to the end. Prints figures; asserts nothing.
// Usage: PeopleListBench [FILE.podium]  (without a file it generates one).

#include "document/EventDocument.h"
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "models/PersonTableModel.h"
#include "storage/EventFile.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Reads one screen of rows (what the view asks for when it paints).
void readScreen(const PersonTableModel &model, int firstRow)
{
    for (int row = firstRow; row < qMin(model.rowCount(), firstRow + 40); ++row)
        for (int column = 0; column < PersonTableModel::ColumnCount; ++column)
            model.index(row, column).data();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("people.podium"));
    if (argc <= 1) {
        auto file = EventFile::create(path, Event());
        EventGenerator::Options options;
        options.participants = 100000;
        options.sessions = 200;
        options.rooms = 8;
        const double ms = timed([&] { EventGenerator::fill(*file.value(), options); });
        std::printf("generated 100,000 participants in %.0f ms\n", ms);
    }
    auto opened = EventFile::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 2;
    }
    EventDocument document(std::move(opened).value());
    PersonTableModel model;
    std::printf("people in file: %lld\n", static_cast<long long>(document.store().people().count().value()));
    double ms = timed([&] {
        model.setDocument(&document);
        readScreen(model, 0);
    });
    std::printf("open, default view (programme people): %d rows, first screen in %.1f ms\n", model.rowCount(), ms);
    ms = timed([&] {
        model.setScope(PersonDirectory::Scope::Everyone);
        readScreen(model, 0);
    });
    std::printf("switch to Everyone: %d rows, first screen in %.1f ms\n", model.rowCount(), ms);
    ms = timed([&] { readScreen(model, model.rowCount() - 40); });
    std::printf("jump to the last screen: %.1f ms\n", ms);
    ms = timed([&] {
        model.sort(PersonTableModel::OrganisationColumn, Qt::AscendingOrder);
        readScreen(model, 0);
    });
    std::printf("sort by organisation: %.1f ms\n", ms);
    ms = timed([&] {
        model.sort(PersonTableModel::SessionsColumn, Qt::DescendingOrder);
        readScreen(model, 0);
    });
    std::printf("sort by sessions: %.1f ms\n", ms);
    ms = timed([&] {
        model.setSearch(QStringLiteral("mar"));
        readScreen(model, 0);
    });
    std::printf("search \"mar\": %d rows in %.1f ms\n", model.rowCount(), ms);
    ms = timed([&] {
        model.setSearch(QStringLiteral("mar lux"));
        readScreen(model, 0);
    });
    std::printf("search \"mar lux\": %d rows in %.1f ms\n", model.rowCount(), ms);
    return 0;
}
