// What checking a file costs (issue 23): on a 100,000-participant file made
// by `podium-cli generate`, the time of each check opening and the first
// write run. Prints times; asserts nothing.
#include "storage/EventFile.h"
#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/SchemaSignature.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Times
{
    double best;
    double median;
};

Times measure(int runs, const std::function<bool()> &work)
{
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        if (!work()) {
            fprintf(stderr, "a measured step failed\n");
            exit(1);
        }
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

void print(const char *what, Times t)
{
    printf("  %-44s best %8.1f ms   median %8.1f ms\n", what, t.best, t.median);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.podium"));
    if (QProcess::execute(QStringLiteral(PODIUM_CLI), {QStringLiteral("generate"), path, QStringLiteral("--participants"),
                                                       QStringLiteral("100000"), QStringLiteral("--seed"), QStringLiteral("1")})
        != 0) {
        fprintf(stderr, "podium-cli generate failed\n");
        return 1;
    }
    printf("File check benchmark: 100,000 participants (file %.1f MB)\n", double(QFileInfo(path).size()) / 1e6);
    constexpr int runs = 5;

    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    print("schema compared with the migrations' own", measure(runs, [&] {
              const auto actual = SchemaSignature::read(db);
              const auto reference = SchemaSignature::reference(Schema::currentVersion());
              return actual && reference && actual->differencesFrom(reference.value()).isEmpty();
          }));
    print("every page read (quick_check)", measure(runs, [&] {
              return IntegrityCheck::run(db, path, IntegrityCheck::Depth::Pages).ok();
          }));
    print("pages and indexes (integrity_check)", measure(runs, [&] {
              return IntegrityCheck::run(db, path, IntegrityCheck::Depth::Full).ok();
          }));
    sqlite3_close(db);

    EventFile::OpenOptions readOnly;
    readOnly.readOnly = true;
    print("open read-only (what info and exports wait)", measure(runs, [&] { return EventFile::open(path, readOnly).ok(); }));
    print("open for writing", measure(runs, [&] { return EventFile::open(path).ok(); }));
    print("open for writing + check before 1st write", measure(runs, [&] {
              auto file = EventFile::open(path);
              return file && file.value()->ensureWhole().ok();
          }));
    return 0;
}
