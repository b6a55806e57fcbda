// Badges from a design for a 2,000-participant event, on label sheets and printers:
//   build/tests/bench/DesignBench
// A design with an SVG logo, a PNG map on the back, fitted texts, rules per category
// and a QR code, beside Podium's standard badge on the same sheets. Prints the time,
// pages and file size of each PDF (best of 2).
#include "design/Design.h"
#include "design/DesignImage.h"
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "print/PdfExport.h"
#include "print/PrintData.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>

#include <cstdio>

namespace {
Design benchDesign(const DesignImage &logo, const DesignImage &map)
{
    using E = DesignElement;
    Design d;
    d.name = QStringLiteral("bench");
    d.size = QSizeF(101.6, 76.2);
    d.sides = Design::Sides::DuplexLongEdge;
    d.front.elements << E::imageElement(QRectF(5, 4, 40, 12), logo.id);
    d.front.elements << E::textElement(QRectF(48, 5, 48.6, 10), QStringLiteral("{event_name}\n{event_dates}"), 8, 6, 400, E::HAlign::Right);
    E first = E::textElement(QRectF(5, 20, 60, 12), QStringLiteral("{name_line1}"), 30, 14, 700);
    first.maxLines = 1;
    d.front.elements << first;
    d.front.elements << E::textElement(QRectF(5, 32, 60, 9), QStringLiteral("{name_line2}"), 22, 12, 700);
    d.front.elements << E::textElement(QRectF(5, 42, 60, 6), QStringLiteral("{position}"), 10, 7);
    E organisation = E::textElement(QRectF(5, 48, 60, 10), QStringLiteral("{organisation}"), 12, 8, 600);
    organisation.maxLines = 2;
    d.front.elements << organisation;
    d.front.elements << E::qrElement(QRectF(72, 28, 25, 25));
    E band = E::rectangleElement(QRectF(0, 66.2, 101.6, 10), Qt::black);
    band.rule.colourFromCategory = true;
    d.front.elements << band;
    E category = E::textElement(QRectF(5, 67.7, 91.6, 7), QStringLiteral("{category}"), 14, 10, 700, E::HAlign::Centre);
    category.colour = Qt::white;
    d.front.elements << category;
    E speaker = E::textElement(QRectF(72, 55, 25, 8), QStringLiteral("SPEAKER"), 11, 8, 800, E::HAlign::Centre);
    speaker.rule.onlyCategories = {QStringLiteral("speaker")};
    d.front.elements << speaker;
    d.back = Design::standardBack(d.size, map.id);
    return d;
}

DesignImage image(const QByteArray &bytes, const QString &name)
{
    DesignImage i;
    QString error;
    if (!DesignImage::fromBytes(bytes, name, &i, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        exit(1);
    }
    return i;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;

    EventGenerator::Options generated;
    generated.participants = 2000;
    generated.sessions = 200;
    generated.rooms = 8;
    generated.days = 2;
    auto file = EventFile::create(dir.filePath(QStringLiteral("big.podium")), Event());
    if (!file || !EventGenerator::fill(*file.value(), generated)) {
        fprintf(stderr, "could not generate the event\n");
        return 1;
    }
    {
        Transaction t(*file.value());
        for (Participant p : file.value()->participants().all().value()) {
            p.status = RegistrationStatus::Registered;
            file.value()->participants().update(p);
        }
        t.commit();
    }
    const PrintData data = PrintData::load(*file.value()).value();

    const DesignImage logo = image("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\" viewBox=\"0 0 200 60\">"
                                   "<rect width=\"60\" height=\"60\" rx=\"10\" fill=\"#1f5f99\"/><circle cx=\"30\" cy=\"30\" r=\"18\" "
                                   "fill=\"#fff\"/><path d=\"M75 15 h110 v30 h-110 z\" fill=\"#c0392b\"/></svg>",
                                   QStringLiteral("logo.svg"));
    QImage mapPicture(600, 400, QImage::Format_RGB32);
    for (int y = 0; y < mapPicture.height(); ++y)
        for (int x = 0; x < mapPicture.width(); ++x)
            mapPicture.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        mapPicture.save(&buffer, "PNG");
    }
    const DesignImage map = image(png, QStringLiteral("map.png"));
    const Design design = benchDesign(logo, map);
    Design folded = design;
    folded.sides = Design::Sides::FoldTop;

    printf("%lld participants, design: SVG logo, PNG map (%lld KB) on the back, 10 front elements\n",
           qint64(data.participants.size()), qint64(png.size() / 1024));
    printf("%-20s %-22s %8s %7s %9s\n", "sheet", "design", "seconds", "pages", "MB");
    struct Run
    {
        const char *sheet;
        const Design *design;
        const char *label;
    };
    const QList<Run> runs = {{"avery-5392", nullptr, "standard"},   {"avery-5392", &design, "designed, duplex"},
                             {"a6-4up", nullptr, "standard"},       {"a6-4up", &design, "designed, turned"},
                             {"a6-4up", &folded, "designed, fold-top"}, {"zebra-4x3", &design, "designed, duplex"},
                             {"brother-ql-62", &design, "designed, turned"}, {"dymo-54x101", &design, "designed, turned"}};
    for (const Run &run : runs) {
        PrintOptions options;
        options.kind = DocumentKind::Badges;
        options.labelSheet = LabelSheet::byKey(QLatin1String(run.sheet)).value();
        if (run.design) {
            options.design = *run.design;
            options.designImages = {{logo.id, logo}, {map.id, map}};
        }
        const QString out = dir.filePath(QStringLiteral("badges.pdf"));
        double best = 1e9;
        int pages = 0;
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto written = PdfExport::write(data, options, out, true);
            best = qMin(best, timer.nsecsElapsed() / 1e9);
            if (!written) {
                fprintf(stderr, "%s: %s\n", run.sheet, qPrintable(written.error()));
                return 1;
            }
            pages = written.value();
        }
        printf("%-20s %-22s %8.2f %7d %9.1f\n", run.sheet, run.label, best, pages, QFileInfo(out).size() / 1e6);
    }
    return 0;
}
