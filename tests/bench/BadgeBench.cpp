// Badges and programme booklet speed, beside a peer (ReportLab, the engine pretix uses):
//   build/tests/bench/BadgeBench
// 1,000 badges A6 four-up with QR codes from the same data in both; target: Podium at most 0.5x
// ReportLab's time. Then the programme booklet of a generated 1,000-session event: target under 2 s.
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "print/BadgeRenderer.h"
#include "print/PdfExport.h"
#include "print/PrintData.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {
std::unique_ptr<EventFile> generate(const QString &path, EventGenerator::Options options)
{
    auto file = EventFile::create(path, Event());
    if (!file || !EventGenerator::fill(*file.value(), options)) {
        fprintf(stderr, "could not generate %s\n", qPrintable(path));
        exit(1);
    }
    return std::move(file).value();
}

// Best of `runs`, in seconds.
double timePdf(const PrintData &data, const PrintOptions &options, const QString &out, int runs, int *pages)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto written = PdfExport::write(data, options, out, true);
        best = qMin(best, timer.nsecsElapsed() / 1e9);
        if (!written) {
            fprintf(stderr, "%s\n", qPrintable(written.error()));
            exit(1);
        }
        *pages = written.value();
    }
    return best;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;

    // 1,000 badges: every participant registered, so that all of them get one.
    EventGenerator::Options options;
    options.participants = 1000;
    options.sessions = 20;
    auto file = generate(dir.filePath(QStringLiteral("badges.podium")), options);
    {
        Transaction t(*file);
        const auto all = file->participants().all();
        for (Participant p : all.value()) {
            p.status = RegistrationStatus::Registered;
            file->participants().update(p);
        }
        t.commit();
    }
    const PrintData data = PrintData::load(*file).value();
    PrintOptions badges;
    badges.kind = DocumentKind::Badges;
    BadgeRenderer renderer(data, badges);
    const QList<Participant> list = renderer.participants();

    // The same badges for the peer.
    QJsonArray json;
    for (const Participant &p : list) {
        const BadgeFace::Content c = renderer.content(p);
        json.append(QJsonObject{{QStringLiteral("name"), c.name.withHonorific()}, {QStringLiteral("position"), c.position},
                                {QStringLiteral("organisation"), c.organisation}, {QStringLiteral("category"), c.category},
                                {QStringLiteral("color"), c.categoryColor.name()}, {QStringLiteral("code"), c.code},
                                {QStringLiteral("event"), c.eventName}});
    }
    QFile jsonFile(dir.filePath(QStringLiteral("badges.json")));
    jsonFile.open(QIODevice::WriteOnly);
    jsonFile.write(QJsonDocument(json).toJson());
    jsonFile.close();

    int pages = 0;
    const double podium = timePdf(data, badges, dir.filePath(QStringLiteral("podium-badges.pdf")), 3, &pages);
    printf("Podium:    %lld badges, %d pages A6 4-up with QR codes: %.3f s (best of 3)\n", qint64(list.size()), pages, podium);

    // One run of the peer: it takes tens of seconds.
    double peer = 1e9;
    for (int i = 0; i < 1; ++i) {
        QProcess python;
        // Debian's python3, which has python3-reportlab (another python3 may come first on the PATH).
        python.start(QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3"), {QStringLiteral(BENCH_DIR "/reportlab_badges.py"), jsonFile.fileName(),
                                                 dir.filePath(QStringLiteral("reportlab-badges.pdf"))});
        if (!python.waitForFinished(600000) || python.exitCode() != 0) {
            fprintf(stderr, "ReportLab failed: %s\n", python.readAllStandardError().constData());
            return 1;
        }
        peer = qMin(peer, python.readAllStandardOutput().trimmed().toDouble());
    }
    printf("ReportLab: %lld badges, same layout with its QR widget:   %.3f s (drawing and writing only)\n",
           qint64(list.size()), peer);
    printf("Ratio Podium/ReportLab: %.2fx (target <= 0.5x): %s\n", podium / peer, podium / peer <= 0.5 ? "met" : "NOT met");

    // The programme booklet of a 1,000-session event.
    EventGenerator::Options big;
    big.sessions = 1000;
    big.rooms = 10;
    big.days = 4;
    big.participants = 200;
    auto bigFile = generate(dir.filePath(QStringLiteral("big.podium")), big);
    QElapsedTimer load;
    load.start();
    const PrintData bigData = PrintData::load(*bigFile).value();
    const double loadSeconds = load.nsecsElapsed() / 1e9;
    PrintOptions programme;
    programme.kind = DocumentKind::Programme;
    const double booklet = timePdf(bigData, programme, dir.filePath(QStringLiteral("programme.pdf")), 1, &pages);
    printf("Programme booklet, 1,000 sessions: %d pages in %.3f s (+ %.3f s reading the file; target < 2 s): %s\n", pages,
           booklet, loadSeconds, booklet + loadSeconds < 2 ? "met" : "NOT met");
    return 0;
}
