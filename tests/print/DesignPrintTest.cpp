// Designs printed as a user prints them (podium-cli design import, export badges
// --design --preset, export certificates --design) and read back with the tools a
// user has: pdftotext -bbox for where words landed, pdfinfo for the paper,
// pdfimages for the images, ZXingReader for the QR codes, pixels for colours.
#include "support/DesignCli.h"
#include "support/EventFiles.h"
#include "support/PdfText.h"
#include "support/TestSupport.h"

#include "design/DesignJson.h"
#include "design/DesignPainter.h"
#include "model/RegistrationCode.h"
#include "print/LabelSheet.h"
#include "print/PageCanvas.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QImage>
#include <QRegularExpression>

namespace {
constexpr qreal mm = PageCanvas::pointsPerMm;
constexpr qreal inch = 25.4;

QString exportBadges(const QString &event, const test::TempDir &dir, const QString &design, const QStringList &extra = {})
{
    const QString pdf = dir.path(design + QStringLiteral(".pdf"));
    test::cliOk(QStringList{QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--force"),
                    QStringLiteral("--design"), design}
        + extra);
    return pdf;
}

QSizeF pdfPageSize(const QString &pdf)
{
    const auto run = test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(run.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(run.out);
    REQUIRE(m.hasMatch());
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
}

QList<test::PdfWord> wordsNamed(const QList<test::PdfWord> &words, const QString &text)
{
    QList<test::PdfWord> found;
    for (const test::PdfWord &w : words)
        if (w.text == text)
            found << w;
    return found;
}

// A design with a mark in two corners of each label: "TOPLEFT" and "BOTTOMRIGHT".
Design cornerMarks(const QString &name, QSizeF size)
{
    Design d;
    d.name = name;
    d.size = size;
    d.front.elements << DesignElement::textElement(QRectF(QPointF(0, 0), size), QStringLiteral("TOPLEFT"), 7);
    DesignElement br = DesignElement::textElement(QRectF(QPointF(0, 0), size), QStringLiteral("BOTTOMRIGHT"), 7);
    br.align = DesignElement::HAlign::Right;
    br.valign = DesignElement::VAlign::Bottom;
    d.front.elements << br;
    return d;
}

struct Published
{
    const char *key;
    QSizeF page;  // mm, as the product's data sheet gives it
    QSizeF label; // mm
    QPointF first; // mm, the first label's corner
    QSizeF pitch; // mm
    int columns, rows;
};
} // namespace

TEST_CASE("Every preset prints its labels where the product's published dimensions put them", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdftotext")) && test::haveProgram(QStringLiteral("pdfinfo"))));
    // The manufacturers' figures, written out here apart from LabelSheet's table.
    const QList<Published> products = {
        {"a6-4up", {210, 297}, {105, 148}, {0, 0.5}, {105, 148}, 2, 2},
        {"a7-8up", {210, 297}, {105, 74}, {0, 0.5}, {105, 74}, 2, 4},
        {"avery-l7163", {210, 297}, {99.1, 38.1}, {4.65, 15.15}, {101.6, 38.1}, 2, 7},
        {"avery-5392", {8.5 * inch, 11 * inch}, {4 * inch, 3 * inch}, {0.25 * inch, 1 * inch}, {4 * inch, 3 * inch}, 2, 3},
        {"letter-4x3", {8.5 * inch, 11 * inch}, {4 * inch, 3 * inch}, {0.25 * inch, 1 * inch}, {4 * inch, 3 * inch}, 2, 3},
        {"herma-4099", {210, 297}, {96, 50.8}, {8, 21.5}, {99, 50.8}, 2, 5},
        {"brother-ql-62x100", {62, 100}, {62, 100}, {0, 0}, {62, 100}, 1, 1},
        {"brother-ql-62", {62, 80}, {62, 80}, {0, 0}, {62, 80}, 1, 1}, // continuous tape, cut at the design's 80 mm
        {"dymo-54x101", {54, 101}, {54, 101}, {0, 0}, {54, 101}, 1, 1},
        {"zebra-4x3", {4 * inch, 3 * inch}, {4 * inch, 3 * inch}, {0, 0}, {4 * inch, 3 * inch}, 1, 1},
    };
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    for (const Published &product : products) {
        const QString key = QLatin1String(product.key);
        INFO(key.toStdString());
        REQUIRE(LabelSheet::byKey(key).ok());
        const int perPage = product.columns * product.rows;
        const QString name = QStringLiteral("marks-") + key;
        test::importDesign(event, dir, cornerMarks(name, product.label));
        const QString pdf = exportBadges(event, dir, name,
                                         {QStringLiteral("--preset"), key, QStringLiteral("--only"), test::someCodes(event, perPage).join(QLatin1Char(','))});
        const QSizeF page = pdfPageSize(pdf);
        // pdfinfo gives the page upright as the viewer shows it.
        CHECK(page.width() == Approx(product.page.width() * mm).margin(0.6));
        CHECK(page.height() == Approx(product.page.height() * mm).margin(0.6));
        const QList<test::PdfWord> words = test::pdfWords(pdf).value(0);
        const QList<test::PdfWord> tops = wordsNamed(words, QStringLiteral("TOPLEFT"));
        const QList<test::PdfWord> bottoms = wordsNamed(words, QStringLiteral("BOTTOMRIGHT"));
        REQUIRE(tops.size() == perPage);
        REQUIRE(bottoms.size() == perPage);
        for (int i = 0; i < perPage; ++i) {
            const QPointF corner = product.first + QPointF((i % product.columns) * product.pitch.width(), (i / product.columns) * product.pitch.height());
            const QRectF label(corner * mm, product.label * mm);
            INFO("label " << i);
            // Some mark starts at this label's top-left corner and one ends at its bottom-right (within 0.5 mm).
            bool topLeft = false, bottomRight = false;
            for (const test::PdfWord &w : tops)
                topLeft = topLeft || (qAbs(w.box.left() - label.left()) < 0.5 * mm && qAbs(w.box.top() - label.top()) < 0.8 * mm);
            for (const test::PdfWord &w : bottoms)
                bottomRight = bottomRight || (qAbs(w.box.right() - label.right()) < 0.5 * mm && qAbs(w.box.bottom() - label.bottom()) < 0.8 * mm);
            CHECK(topLeft);
            CHECK(bottomRight);
        }
    }
}

TEST_CASE("Placeholders for missing values leave no gaps: the lines below move up", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext")));
    test::TempDir dir;
    QString event;
    {
        const auto store = test::createTestEvent(dir, Event(), &event, QStringLiteral("gaps"));
        struct Who
        {
            QString first, position, organisation;
        };
        // Everyone named Zed..., so the badges come in this order; one has everything, one no position, one nothing.
        const QList<Who> people = {{QStringLiteral("Alpha"), QStringLiteral("Chemist"), QStringLiteral("Acme")},
                                   {QStringLiteral("Bravo"), QString(), QStringLiteral("Bravoco")},
                                   {QStringLiteral("Charlie"), QString(), QString()}};
        int n = 0;
        for (const Who &w : people) {
            Person person;
            person.firstName = w.first;
            person.lastName = QStringLiteral("Zed%1").arg(++n);
            person.position = w.position;
            person.organisation = w.organisation;
            Participant participant;
            participant.personId = store->people().insert(person).value();
            participant.code = RegistrationCode::generate();
            REQUIRE(store->participants().insert(participant).ok());
        }
    }
    Design d;
    d.name = QStringLiteral("gaps");
    d.size = QSizeF(90, 60);
    d.front.elements << DesignElement::textElement(QRectF(5, 5, 80, 10), QStringLiteral("{first_name}"), 16);
    d.front.elements << DesignElement::textElement(QRectF(5, 20, 80, 8), QStringLiteral("{position}"), 10);
    d.front.elements << DesignElement::textElement(QRectF(5, 30, 80, 8), QStringLiteral("{organisation}"), 10);
    d.front.elements << DesignElement::textElement(QRectF(5, 40, 80, 12), QStringLiteral("{position}, {organisation}\nHELLO-{last_name}"), 9);
    // The QR code stays where it is, whatever is missing, and so does the word on the band.
    d.front.elements << DesignElement::qrElement(QRectF(70, 40, 18, 18));
    d.front.elements << DesignElement::rectangleElement(QRectF(0, 52, 90, 8), QColor(0x1f, 0x5f, 0x99));
    d.front.elements << DesignElement::textElement(QRectF(5, 53, 80, 6), QStringLiteral("BAND-{last_name}"), 9);
    test::importDesign(event, dir, d);
    const QString pdf = exportBadges(event, dir, d.name, {QStringLiteral("--preset"), QStringLiteral("custom:page=90x180,label=90x60,grid=1x3")});
    const QList<test::PdfWord> words = test::pdfWords(pdf).value(0);
    // The highest place the word is printed at.
    auto top = [&](const QString &text) {
        const auto found = wordsNamed(words, text);
        REQUIRE_FALSE(found.isEmpty());
        qreal y = found.first().box.top();
        for (const test::PdfWord &w : found)
            y = qMin(y, w.box.top());
        return y;
    };
    const qreal label = 60 * mm;
    // Alpha: everything where the design puts it.
    const qreal near = 0.8 * mm;
    CHECK(top(QStringLiteral("Chemist")) == Approx(20 * mm).margin(near));
    CHECK(top(QStringLiteral("Acme")) == Approx(30 * mm).margin(near));
    CHECK(top(QStringLiteral("Chemist,")) == Approx(40 * mm).margin(near));
    const qreal line = wordsNamed(words, QStringLiteral("Chemist,")).first().box.height();
    CHECK(top(QStringLiteral("HELLO-Zed1")) == Approx(40 * mm + line).margin(near));
    // Bravo: no position: the organisation moves up into its place, the lines below by as much,
    // and the combined line loses its comma.
    CHECK(top(QStringLiteral("Bravoco")) == Approx(label + 20 * mm).margin(near));
    CHECK(wordsNamed(words, QStringLiteral("Bravoco,")).isEmpty());
    CHECK(top(QStringLiteral("HELLO-Zed2")) == Approx(label + 30 * mm + line).margin(near));
    // Charlie: neither: the combined text loses its first line, and moves up to where the position was.
    CHECK(top(QStringLiteral("HELLO-Zed3")) == Approx(2 * label + 20 * mm).margin(near));
    for (int i = 0; i < 3; ++i)
        CHECK(top(QStringLiteral("BAND-Zed%1").arg(i + 1)) == Approx(i * label + 53 * mm).margin(near));
    // No line of nothing but a comma anywhere.
    for (const test::PdfWord &w : words)
        CHECK(w.text != QLatin1String(","));
}

TEST_CASE("A QR code at the smallest size a design allows still decodes", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdftoppm")) && test::haveProgram(QStringLiteral("ZXingReader"))));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    Design d;
    d.name = QStringLiteral("tiny-qr");
    d.size = QSizeF(54, 40);
    d.front.elements << DesignElement::textElement(QRectF(3, 3, 30, 8), QStringLiteral("{first_name}"), 10);
    d.front.elements << DesignElement::qrElement(QRectF(36, 3, Design::minQrMm, Design::minQrMm));
    test::importDesign(event, dir, d);
    const QStringList codes = test::someCodes(event, 8);
    const QString pdf = exportBadges(event, dir, d.name,
                                     {QStringLiteral("--preset"), QStringLiteral("custom:page=210x297,label=54x40,grid=2x4"),
                                      QStringLiteral("--only"), codes.join(QLatin1Char(','))});
    // 203 dpi (Zebra and Dymo thermal printers: each 0.5 mm module 4 dots) and 300 dpi (laser printers, Brother QL).
    for (const QString &dpi : {QStringLiteral("203"), QStringLiteral("300")}) {
        INFO(dpi.toStdString() << " dpi");
        const QString prefix = dir.path(QStringLiteral("tiny") + dpi);
        REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), dpi, QStringLiteral("-gray"), pdf, prefix}).exitCode == 0);
        const auto read = test::runProgram(QStringLiteral("ZXingReader"), {QStringLiteral("-1"), QStringLiteral("-format"),
                                                                           QStringLiteral("QRCode"), prefix + QStringLiteral("-1.pgm")});
        for (const QString &code : codes)
            CHECK(read.out.contains(QStringLiteral("\"%1\"").arg(code)));
    }

    // A smaller one is refused when the design is read, with the reason.
    Design tooSmall = d;
    tooSmall.front.elements[1].box.setSize(QSizeF(Design::minQrMm - 1, Design::minQrMm - 1));
    const auto refused = DesignJson::fromJson(DesignJson::toJson(tooSmall), QStringLiteral("small.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("scanners")));
}

TEST_CASE("A rule per category gives each category its element and its colour", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdftotext")) && test::haveProgram(QStringLiteral("pdftoppm"))));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    Design d;
    d.name = QStringLiteral("rules");
    d.size = QSizeF(105, 74);
    d.front.elements << DesignElement::textElement(QRectF(5, 5, 95, 10), QStringLiteral("CAT-{category}"), 12);
    for (const QString &category : {QStringLiteral("speaker"), QStringLiteral("staff")}) {
        DesignElement ribbon = DesignElement::textElement(QRectF(5, 20, 95, 8), QStringLiteral("RIBBON-") + category.toUpper(), 10);
        ribbon.rule.onlyCategories = {category};
        ribbon.collapseWhenEmpty = false;
        d.front.elements << ribbon;
    }
    DesignElement band = DesignElement::rectangleElement(QRectF(0, 60, 105, 14), Qt::black);
    band.rule.colourFromCategory = true;
    d.front.elements << band;
    d.categoryColours.insert(QStringLiteral("staff"), QColor(0x00, 0xaa, 0x00));
    test::importDesign(event, dir, d);
    const QString pdf = exportBadges(event, dir, d.name, {QStringLiteral("--preset"), QStringLiteral("a7-8up")});
    const LabelSheet sheet = LabelSheet::byKey(QStringLiteral("a7-8up")).value();
    QSet<QString> seen;
    const QList<QList<test::PdfWord>> pages = test::pdfWords(pdf);
    for (const QList<test::PdfWord> &words : pages) {
        for (int slot = 0; slot < sheet.perPage(); ++slot) {
            QString category, ribbons;
            for (const test::PdfWord &w : words) {
                if (!sheet.labelRect(slot).contains(w.box.center()))
                    continue;
                if (w.text.startsWith(QLatin1String("CAT-")))
                    category = w.text.mid(4).toUpper();
                if (w.text.startsWith(QLatin1String("RIBBON-")))
                    ribbons += w.text.mid(7);
            }
            if (category.isEmpty())
                continue;
            INFO(category.toStdString());
            seen << category;
            CHECK(ribbons == (category == QLatin1String("SPEAKER") || category == QLatin1String("STAFF") ? category : QString()));
        }
    }
    CHECK(seen.contains(QStringLiteral("SPEAKER")));
    CHECK(seen.contains(QStringLiteral("STAFF")));
    CHECK(seen.contains(QStringLiteral("ATTENDEE")));

    // The band: the design's colour for staff, Podium's for the others.
    const QString prefix = dir.path(QStringLiteral("rules"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, prefix}).exitCode == 0);
    int checked = 0;
    for (int page = 0; page < pages.size(); ++page) {
        const QImage image(prefix + QStringLiteral("-%1.png").arg(page + 1, pages.size() >= 10 ? 2 : 1, 10, QLatin1Char('0')));
        REQUIRE_FALSE(image.isNull());
        const qreal scale = image.width() / (210 * mm);
        for (int slot = 0; slot < sheet.perPage(); ++slot) {
            QString category;
            for (const test::PdfWord &w : pages.at(page))
                if (sheet.labelRect(slot).contains(w.box.center()) && w.text.startsWith(QLatin1String("CAT-")))
                    category = w.text.mid(4).toLower();
            if (category.isEmpty())
                continue;
            const QRectF label = sheet.labelRect(slot);
            const QColor pixel = image.pixelColor(QPointF(label.center().x() * scale, (label.top() + 67 * mm) * scale).toPoint());
            const QColor wanted = category == QLatin1String("staff") ? QColor(0x00, 0xaa, 0x00)
                : category == QLatin1String("speaker")               ? QColor(0xc0, 0x39, 0x2b)
                                                                     : QColor();
            if (!wanted.isValid())
                continue;
            INFO(category.toStdString() << " " << pixel.name().toStdString());
            CHECK(qAbs(pixel.red() - wanted.red()) < 12);
            CHECK(qAbs(pixel.green() - wanted.green()) < 12);
            CHECK(qAbs(pixel.blue() - wanted.blue()) < 12);
            ++checked;
        }
    }
    CHECK(checked > 5);
}

TEST_CASE("A design shrunk onto smaller labels keeps its QR code scannable, or is refused saying why", "[stores]")
{
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    Design d;
    d.name = QStringLiteral("large");
    d.size = QSizeF(101.6, 76.2);
    d.front.elements << DesignElement::textElement(QRectF(5, 5, 60, 10), QStringLiteral("{name}"), 14);
    d.front.elements << DesignElement::qrElement(QRectF(72, 28, 25, 25));
    test::importDesign(event, dir, d);
    // Onto an A6 badge it turns and shrinks a little: fine. Onto 38 mm address labels, to half: refused.
    const QString codes = test::someCodes(event, 4).join(QLatin1Char(','));
    exportBadges(event, dir, d.name, {QStringLiteral("--preset"), QStringLiteral("a6-4up"), QStringLiteral("--only"), codes});
    const auto refused = test::runCli({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"),
                                       dir.path(QStringLiteral("small.pdf")), QStringLiteral("--design"), d.name, QStringLiteral("--preset"),
                                       QStringLiteral("avery-l7163")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("its QR code would be 12.5 mm")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("small.pdf"))));
}
