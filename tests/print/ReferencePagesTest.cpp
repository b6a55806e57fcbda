// Regression pictures: one page of each printed document of the demo, rendered
// at 50 dpi, compared with the reference images in tests/print/reference, so
// that a layout change shows up in review as a changed PNG. After a deliberate
// change, regenerate them (see docs/TESTING.md):
//   PODIUM_UPDATE_REFERENCES=1 build/tests/ReferencePagesTest
#include "support/EventFiles.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

namespace {
constexpr int dpi = 50;
// A pixel differs when a channel moves by more than this (anti-aliasing wobbles less).
constexpr int channelTolerance = 48;
// A page matches when at most this share of its pixels differ: a line of text moved
// by a point changes far more.
constexpr double pixelTolerance = 0.002;

struct Document
{
    const char *name; // the reference image's name
    QStringList args; // after `podium-cli export`, with %1 for the event and %2 for the PDF
    int page;
};

QList<Document> documents()
{
    auto args = [](const char *kind, const QStringList &extra = {}) {
        return QStringList{QString::fromLatin1(kind), QStringLiteral("%1"), QStringLiteral("-o"), QStringLiteral("%2")} + extra;
    };
    return {
        {"programme-cover", args("programme"), 1},
        {"programme-sessions", args("programme"), 2},
        {"timetable", args("timetable"), 1},
        {"badges", args("badges"), 1},
        {"badges-card", args("badges", {QStringLiteral("--layout"), QStringLiteral("card-10up"), QStringLiteral("--crop-marks")}), 1},
        {"signs", args("signs"), 1},
        {"attendees", args("attendees"), 1},
        {"signin", args("signin"), 1},
        {"speakers", args("speakers"), 1},
        {"certificates", args("certificates", {QStringLiteral("--all")}), 1},
    };
}

QString referencePath(const char *name)
{
    return QStringLiteral(PODIUM_SOURCE_DIR "/tests/print/reference/%1.png").arg(QLatin1String(name));
}

// Pixels that differ beyond the tolerance; -1 when the sizes differ.
qsizetype differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    qsizetype differ = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (qAbs(qRed(p) - qRed(q)) > channelTolerance || qAbs(qGreen(p) - qGreen(q)) > channelTolerance
                || qAbs(qBlue(p) - qBlue(q)) > channelTolerance)
                ++differ;
        }
    return differ;
}
} // namespace

TEST_CASE("One page of each document looks as the reference pictures in tests/print/reference", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftoppm"))); // poppler-utils (build.sh installs it)
    const bool update = qEnvironmentVariableIsSet("PODIUM_UPDATE_REFERENCES");
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    for (const Document &document : documents()) {
        INFO(document.name);
        const QString pdf = dir.path(QLatin1String(document.name) + QStringLiteral(".pdf"));
        QStringList args{QStringLiteral("export")};
        for (const QString &arg : document.args)
            args << QString(arg).replace(QStringLiteral("%1"), event).replace(QStringLiteral("%2"), pdf);
        const auto run = test::runCli(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString prefix = dir.path(QLatin1String(document.name));
        const QString page = QString::number(document.page);
        REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                              QStringLiteral("-f"), page, QStringLiteral("-l"), page,
                                                              QStringLiteral("-singlefile"), pdf, prefix})
                    .exitCode == 0);
        const QImage actual = QImage(prefix + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
        REQUIRE_FALSE(actual.isNull());
        const QString reference = referencePath(document.name);
        if (update) {
            QDir().mkpath(QFileInfo(reference).path());
            QFile::remove(reference);
            REQUIRE(QFile::copy(prefix + QStringLiteral(".png"), reference));
            continue;
        }
        const QImage expected = QImage(reference).convertToFormat(QImage::Format_RGB32);
        INFO("no reference picture " << reference.toStdString() << ": run PODIUM_UPDATE_REFERENCES=1 build/tests/ReferencePagesTest");
        REQUIRE_FALSE(expected.isNull());
        const qsizetype differ = differingPixels(actual, expected);
        // What changed, kept beside the test for review.
        if (differ != 0)
            actual.save(QDir::current().filePath(QStringLiteral("reference-actual-%1.png").arg(QLatin1String(document.name))));
        INFO(differ << " of " << actual.width() * actual.height() << " pixels differ; this run's page is "
                    << QDir::current().filePath(QStringLiteral("reference-actual-%1.png").arg(QLatin1String(document.name))).toStdString());
        CHECK(differ >= 0);
        CHECK(differ <= qsizetype(pixelTolerance * actual.width() * actual.height()));
    }
}
