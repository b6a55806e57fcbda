// Participants on 100,000 generated registrations: CSV export beside
// `sqlite3 -csv` writing the same rows (same join, same columns, same order),
// CSV import beside `sqlite3 .import --csv` of the same file into a plain
// table, the importer's peak memory, XLSX export, and opening the
// participants table model. Prints figures; asserts nothing.
#include "io/ParticipantCsvExporter.h"
#include "io/ParticipantImporter.h"
#include "io/ParticipantXlsxExporter.h"
#include "model/Event.h"
#include "models/ParticipantTableModel.h"
#include "document/EventDocument.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
int participants = 100000;

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

// Best of n runs: the machine is shared, the minimum is the least disturbed.
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double best(int n, const std::function<void()> &work)
{
    double min = 1e9;
    for (int i = 0; i < n; ++i)
        min = qMin(min, seconds(work));
    return min;
}

bool run(const QString &program, const QStringList &args, const QString &stdoutFile = {}, QString *errors = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(program, args);
    p.waitForFinished(-1);
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

// The same columns as the export, raw, in the same order.
const char *sqliteExportQuery =
    "SELECT pe.title, pe.first_name, pe.last_name, pe.organisation, pe.organisation_type, pe.position, pe.email, "
    "pe.phone, pe.country, pa.category, pa.status, pa.code, pa.dietary, pa.accessibility, pa.consent_list, "
    "pa.consent_photo, pa.checked_in_utc, pa.badge_printed, pa.notes, pa.registered_utc "
    "FROM participant pa JOIN person pe ON pe.id = pa.person_id "
    "ORDER BY pe.last_name COLLATE NOCASE, pe.first_name COLLATE NOCASE, pa.id";

QString freshEvent(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    Event e;
    e.name = QStringLiteral("Import target");
    e.timeZoneId = "Europe/Luxembourg";
    auto created = EventFile::create(path, e);
    if (!created)
        fail(created.error());
    return path;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    QApplication app(argc, argv);
    if (argc > 1)
        participants = QString::fromLocal8Bit(argv[1]).toInt();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        fail(QStringLiteral("sqlite3 is not installed"));
    QTemporaryDir dir;
    const QString event = dir.filePath(QStringLiteral("big.podium"));
    std::printf("Participants benchmark: %d participants (best of 3 runs each)\n\n", participants);
    const double generate = seconds([&] {
        if (!run(QStringLiteral(PODIUM_CLI), {QStringLiteral("generate"), event, QStringLiteral("--participants"),
                                              QString::number(participants)}))
            fail(QStringLiteral("generate failed"));
    });
    std::printf("generate (podium-cli)                %8.3f s\n\n", generate);

    // --- CSV export
    const QString ours = dir.filePath(QStringLiteral("ours.csv"));
    const QString theirs = dir.filePath(QStringLiteral("sqlite.csv"));
    auto file = EventFile::open(event);
    if (!file)
        fail(file.error());
    qint64 exported = 0;
    const double exportOurs = best(3, [&] {
        auto written = ParticipantCsvExporter(*file.value(), {}).exportTo(ours, true);
        if (!written)
            fail(written.error());
        exported = written->rows;
    });
    const double exportSqlite = best(3, [&] {
        if (!run(sqlite3, {QStringLiteral("-csv"), QStringLiteral("-header"), event, QLatin1String(sqliteExportQuery)},
                 theirs))
            fail(QStringLiteral("sqlite3 -csv failed"));
    });
    const double exportCli = best(1, [&] {
        run(QStringLiteral(PODIUM_CLI), {QStringLiteral("export"), QStringLiteral("participants"), event,
                                         QStringLiteral("-o"), dir.filePath(QStringLiteral("cli.csv")),
                                         QStringLiteral("--force")});
    });
    std::printf("CSV export, Podium (in process)      %8.3f s  (%lld rows, %.1f MB)\n", exportOurs, exported,
                QFile(ours).size() / 1e6);
    std::printf("CSV export, podium-cli (process)     %8.3f s\n", exportCli);
    std::printf("CSV export, sqlite3 -csv (process)   %8.3f s  (%.1f MB)\n", exportSqlite, QFile(theirs).size() / 1e6);
    std::printf("  ratio Podium / sqlite3             %8.2f x   (target <= 1.5)\n\n", exportOurs / exportSqlite);

    const double exportXlsx = best(1, [&] {
        auto written = ParticipantXlsxExporter(*file.value(), {}).exportTo(dir.filePath(QStringLiteral("o.xlsx")), true);
        if (!written)
            fail(written.error());
    });
    std::printf("XLSX export, Podium (in process)     %8.3f s  (%.1f MB)\n\n", exportXlsx,
                QFile(dir.filePath(QStringLiteral("o.xlsx"))).size() / 1e6);

    // --- CSV import of the file just exported (with validation and duplicate checks),
    // each run of Podium followed by one of sqlite3, so both meet the same moments
    // of this shared machine. The best of each estimates its time on a quiet
    // machine (the target); the median of the pairs' ratios shows the spread.
    const int importRounds = 9;
    qint64 imported = 0;
    std::vector<double> podiumTimes, sqliteTimes, ratios;
    for (int i = 0; i < importRounds; ++i) {
        // A fresh empty event each time, created outside the timing.
        const QString target = freshEvent(dir, QStringLiteral("import.podium"));
        auto into = EventFile::open(target);
        if (!into)
            fail(into.error());
        podiumTimes.push_back(seconds([&] {
            auto report = ParticipantImporter(*into.value(), {}).run(ours);
            if (!report || !report->ok())
                fail(report ? report->problems.join(QLatin1Char('\n')) : report.error());
            imported = report->created;
        }));
        into.value().reset();
        const QString plain = dir.filePath(QStringLiteral("plain.db"));
        QFile::remove(plain);
        sqliteTimes.push_back(seconds([&] {
            if (!run(sqlite3, {plain, QStringLiteral(".import --csv %1 participants").arg(ours)}))
                fail(QStringLiteral("sqlite3 .import failed"));
        }));
        ratios.push_back(podiumTimes.back() / sqliteTimes.back());
    }
    const double importOurs = *std::min_element(podiumTimes.begin(), podiumTimes.end());
    const double importSqlite = *std::min_element(sqliteTimes.begin(), sqliteTimes.end());
    std::printf("CSV import, Podium (in process)      %8.3f s  (%lld new registrations; best of %d, "
                "alternating with sqlite3; median %.3f s)\n",
                importOurs, imported, importRounds, median(podiumTimes));
    std::printf("CSV import, sqlite3 .import --csv    %8.3f s  (median %.3f s)\n", importSqlite, median(sqliteTimes));
    std::printf("  ratio Podium / sqlite3             %8.2f x   (target <= 2; median of the %d pairs' ratios %.2f x)\n\n",
                importOurs / importSqlite, importRounds, median(ratios));

    // Peak memory of a whole podium-cli import, measured by /usr/bin/time.
    const QString target = freshEvent(dir, QStringLiteral("cli-import.podium"));
    QString timeReport;
    if (QFile::exists(QStringLiteral("/usr/bin/time"))) {
        const double cli = seconds([&] {
            run(QStringLiteral("/usr/bin/time"),
                {QStringLiteral("-v"), QStringLiteral(PODIUM_CLI), QStringLiteral("import"),
                 QStringLiteral("participants"), target, ours},
                {}, &timeReport);
        });
        const auto match = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"))
                               .match(timeReport);
        std::printf("CSV import, podium-cli (process)     %8.3f s\n", cli);
        std::printf("  peak memory (VmHWM / max RSS)      %8.1f MB  (target < 200)\n\n",
                    match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1.0);
    }

    // --- The participants page's model on the generated event (the file is open already,
    // as it is when the user clicks the page).
    auto opened = EventFile::open(event);
    if (!opened)
        fail(opened.error());
    EventDocument *document = new EventDocument(std::move(opened).value());
    const double openModel = best(3, [&] {
        ParticipantTableModel model;
        model.setDocument(document);
        volatile int rows = model.rowCount();
        for (int r = 0; r < rows && r < 40; ++r)
            for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
                (void)model.data(model.index(r, c));
    });
    {
        ParticipantTableModel model;
        model.setDocument(document);
        std::printf("Participants model: open on %lld rows %8.1f ms  (target < 300; %d rows fetched, %lld total)\n",
                    model.totalCount(), openModel * 1000, model.rowCount(), model.totalCount());
        const double scroll = seconds([&] {
            while (model.canFetchMore({}))
                model.fetchMore({});
        });
        std::printf("  fetching every page to the end   %8.1f ms  (%d pages of %d rows; worst page %.1f ms)\n",
                    scroll * 1000, model.rowCount() / ParticipantTableModel::pageSize, ParticipantTableModel::pageSize,
                    model.slowestFetchMs());
        model.setSearch(QStringLiteral("anna lux"));
        std::printf("  search \"anna lux\": %lld rows shown of %lld\n", model.shownCount(), model.totalCount());
    }
    delete document;
    return 0;
}
