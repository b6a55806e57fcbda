// Both sides of a badge (duplex pages mirrored for either edge, fold-over labels),
// images kept whole (SVG as vectors, PNG pixel for pixel), the printer's
// calibration, and certificates signed, dated and verifiable: printed through
// podium-cli and read back with poppler-utils and ZXingReader.
#include "support/DesignCli.h"
#include "support/EventFiles.h"
#include "support/PdfText.h"
#include "support/TestSupport.h"

#include "design/DesignJson.h"
#include "design/DesignPainter.h"
#include "print/LabelSheet.h"
#include "print/PrintData.h"
#include "print/PageCanvas.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>

namespace {
constexpr qreal mm = PageCanvas::pointsPerMm;

// The slot of the sheet a word is in, or -1.
int slotOf(const LabelSheet &sheet, const test::PdfWord &word)
{
    for (int i = 0; i < sheet.perPage(); ++i)
        if (sheet.labelRect(i).contains(word.box.center()))
            return i;
    return -1;
}

// "F-CODE" on the front, "B-CODE" on the back.
Design twoSided(const QString &name, QSizeF size, Design::Sides sides)
{
    Design d;
    d.name = name;
    d.size = size;
    d.sides = sides;
    d.front.elements << DesignElement::textElement(QRectF(5, 5, size.width() - 10, 10), QStringLiteral("F-{code}"), 10);
    d.back.elements << DesignElement::textElement(QRectF(5, 5, size.width() - 10, 10), QStringLiteral("B-{code}"), 10);
    return d;
}

DesignImage imageFile(const QString &path)
{
    DesignImage image;
    QString error;
    REQUIRE(DesignImage::fromBytes(test::readFile(path), QDir(path).dirName(), &image, &error));
    return image;
}
} // namespace

TEST_CASE("Duplex backs land behind their fronts, mirrored for the long or the short edge", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext")));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const LabelSheet sheet = LabelSheet::byKey(QStringLiteral("a6-4up")).value();
    const QStringList codes = test::someCodes(event, 4);
    for (Design::Sides sides : {Design::Sides::DuplexLongEdge, Design::Sides::DuplexShortEdge}) {
        const Design d = twoSided(Design::sidesKey(sides), QSizeF(105, 148), sides);
        INFO(d.name.toStdString());
        test::importDesign(event, dir, d);
        const QString pdf = dir.path(d.name + QStringLiteral(".pdf"));
        test::cliOk({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--design"), d.name,
             QStringLiteral("--preset"), sheet.key, QStringLiteral("--only"), codes.join(QLatin1Char(','))});
        const auto pages = test::pdfWords(pdf);
        REQUIRE(pages.size() == 2); // a front page, then its backs
        QHash<QString, int> front, back;
        for (const test::PdfWord &w : pages.at(0))
            if (w.text.startsWith(QLatin1String("F-")))
                front.insert(w.text.mid(2), slotOf(sheet, w));
        for (const test::PdfWord &w : pages.at(1))
            if (w.text.startsWith(QLatin1String("B-")))
                back.insert(w.text.mid(2), slotOf(sheet, w));
        CHECK(front.size() == 4);
        for (auto it = front.begin(); it != front.end(); ++it) {
            INFO(it.key().toStdString());
            REQUIRE(back.contains(it.key()));
            const int column = it.value() % 2, row = it.value() / 2;
            // Long edge of a portrait sheet: the columns swap; short edge: the rows.
            const int behind = sides == Design::Sides::DuplexLongEdge ? row * 2 + (1 - column) : (1 - row) * 2 + column;
            CHECK(back.value(it.key()) == behind);
        }
        // Short edge: the back is turned half round, so the badge reads upright when it turns on its lanyard:
        // its text sits at the bottom of its label, not the top.
        for (const test::PdfWord &w : pages.at(1))
            if (w.text.startsWith(QLatin1String("B-"))) {
                const QRectF label = sheet.labelRect(slotOf(sheet, w));
                const bool nearTop = w.box.center().y() < label.center().y();
                CHECK(nearTop == (sides == Design::Sides::DuplexLongEdge));
            }
    }
}

TEST_CASE("A fold-over badge prints both sides on one label: the back above the fold, upside down", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext")));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    // A6 halves (105 x 74 mm) on an A6 label, folded across the middle.
    const Design d = twoSided(QStringLiteral("fold"), QSizeF(105, 74), Design::Sides::FoldTop);
    test::importDesign(event, dir, d);
    const QString pdf = dir.path(QStringLiteral("fold.pdf"));
    const QStringList codes = test::someCodes(event, 4);
    test::cliOk({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--design"), d.name,
         QStringLiteral("--preset"), QStringLiteral("a6-4up"), QStringLiteral("--only"), codes.join(QLatin1Char(','))});
    const LabelSheet sheet = LabelSheet::byKey(QStringLiteral("a6-4up")).value();
    const auto pages = test::pdfWords(pdf);
    REQUIRE(pages.size() == 1);
    int pairs = 0;
    for (const test::PdfWord &f : pages.at(0)) {
        if (!f.text.startsWith(QLatin1String("F-")))
            continue;
        for (const test::PdfWord &b : pages.at(0)) {
            if (b.text != QLatin1String("B-") + f.text.mid(2))
                continue;
            ++pairs;
            const QRectF label = sheet.labelRect(slotOf(sheet, f));
            CHECK(slotOf(sheet, b) == slotOf(sheet, f));
            CHECK(f.box.top() > label.center().y()); // the front below the fold
            CHECK(b.box.bottom() < label.center().y()); // the back above it...
            CHECK(b.box.top() > label.top() + 55 * mm); // ...upside down: its first line next to the fold
        }
    }
    CHECK(pairs == 4);
}

TEST_CASE("Images stay whole: SVG as vectors, PNG pixel for pixel and stored once", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdfimages")) && test::haveProgram(QStringLiteral("pdftotext"))));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString svgPath = dir.path(QStringLiteral("logo.svg"));
    test::writeFile(svgPath, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"60\" viewBox=\"0 0 200 60\">"
                             "<rect width=\"60\" height=\"60\" rx=\"10\" fill=\"#1f5f99\"/>"
                             "<text x=\"70\" y=\"42\" font-family=\"DejaVu Sans\" font-size=\"30\">Logo</text></svg>");
    // A PNG with detail JPEG would blur: one-pixel stripes of pure colours.
    QImage stripes(97, 41, QImage::Format_RGB32);
    for (int y = 0; y < stripes.height(); ++y)
        for (int x = 0; x < stripes.width(); ++x)
            stripes.setPixelColor(x, y, (x + y) % 3 == 0 ? Qt::red : (x % 2 ? Qt::white : QColor(0x12, 0x34, 0x56)));
    const QString pngPath = dir.path(QStringLiteral("map.png"));
    REQUIRE(stripes.save(pngPath));
    const DesignImage svg = imageFile(svgPath), png = imageFile(pngPath);
    Design d;
    d.name = QStringLiteral("images");
    d.size = QSizeF(105, 148);
    d.front.elements << DesignElement::imageElement(QRectF(5, 5, 60, 18), svg.id);
    d.front.elements << DesignElement::textElement(QRectF(5, 30, 95, 10), QStringLiteral("{first_name}"), 14);
    d.sides = Design::Sides::DuplexLongEdge;
    d.back.elements << DesignElement::imageElement(QRectF(5, 40, 95, 60), png.id);
    test::importDesign(event, dir, d, {svg, png});
    const QString pdf = dir.path(QStringLiteral("images.pdf"));
    test::cliOk({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--design"), d.name,
         QStringLiteral("--only"), test::someCodes(event, 8).join(QLatin1Char(','))});
    REQUIRE(test::pdfPageCount(pdf) == 4);
    // The SVG is drawn (its blue square where the design puts it, sharp at 600 dpi) though the
    // fronts hold no image at all (below): it went into the PDF as vector paths.
    const QString front = dir.path(QStringLiteral("front"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("600"), QStringLiteral("-png"), QStringLiteral("-f"),
                                                          QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-x"),
                                                          QStringLiteral("0"), QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
                                                          QStringLiteral("600"), QStringLiteral("-H"), QStringLiteral("600"), pdf, front})
                .exitCode == 0);
    const QImage logo(front + QStringLiteral("-1.png"));
    REQUIRE_FALSE(logo.isNull());
    // The square is 18 mm from (5, 5) mm: its middle at 14 mm = 331 dots; its edge at 5 mm = 118 dots, crisp.
    CHECK(logo.pixelColor(331, 331) == QColor(0x1f, 0x5f, 0x99));
    CHECK(logo.pixelColor(122, 331) == QColor(0x1f, 0x5f, 0x99));
    CHECK(logo.pixelColor(114, 331) == QColor(Qt::white));
    // The only image object: the PNG, once, lossless (not "jpeg"), at its own pixel size.
    const auto list = test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    REQUIRE(list.exitCode == 0);
    QSet<QString> objects;
    int drawn = 0;
    for (const QString &line : list.out.split(QLatin1Char('\n')).mid(2)) {
        const QStringList f = line.simplified().split(QLatin1Char(' '));
        if (f.size() < 12)
            continue;
        ++drawn;
        CHECK(f.at(0) != QLatin1String("1")); // nothing on the fronts
        CHECK(f.at(3) == QLatin1String("97"));
        CHECK(f.at(4) == QLatin1String("41"));
        CHECK(f.at(8) != QLatin1String("jpeg"));
        objects << f.at(10);
    }
    CHECK(drawn == 8);
    CHECK(objects.size() == 1);
    const QString prefix = dir.path(QStringLiteral("extracted"));
    REQUIRE(test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("2"),
                                                           QStringLiteral("-l"), QStringLiteral("2"), pdf, prefix})
                .exitCode == 0);
    const QImage back(prefix + QStringLiteral("-000.png"));
    REQUIRE(back.size() == stripes.size());
    CHECK(back.convertToFormat(QImage::Format_RGB32) == stripes);
}

TEST_CASE("The printer's calibration moves and scales everything on the page", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext")));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    Design d;
    d.name = QStringLiteral("mark");
    d.size = QSizeF(105, 148);
    d.front.elements << DesignElement::textElement(QRectF(20, 40, 80, 10), QStringLiteral("MARK"), 10);
    test::importDesign(event, dir, d);
    const QString code = test::someCodes(event, 1).first();
    auto markAt = [&](const QStringList &extra) {
        const QString pdf = dir.path(QStringLiteral("mark.pdf"));
        test::cliOk(QStringList{QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--force"),
                        QStringLiteral("--design"), d.name, QStringLiteral("--only"), code}
            + extra);
        for (const test::PdfWord &w : test::pdfWords(pdf).value(0))
            if (w.text == QLatin1String("MARK"))
                return w.box.topLeft();
        FAIL("no mark");
        return QPointF();
    };
    const QPointF plain = markAt({});
    CHECK(plain.x() == Approx(20 * mm).margin(0.5));
    const QPointF moved = markAt({QStringLiteral("--calibration"), QStringLiteral("5,-3")});
    CHECK(moved.x() - plain.x() == Approx(5 * mm).margin(0.3));
    CHECK(moved.y() - plain.y() == Approx(-3 * mm).margin(0.3));
    const QPointF scaled = markAt({QStringLiteral("--calibration"), QStringLiteral("0,0,1.1")});
    CHECK(scaled.x() == Approx(plain.x() * 1.1).margin(0.3));
    CHECK(test::runCli({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf")),
                        QStringLiteral("--calibration"), QStringLiteral("5")})
              .exitCode == 2);
}

TEST_CASE("Certificates from a design: worded, signed, dated in the event's language, with a code that verifies", "[stores]")
{
    REQUIRE((test::haveProgram(QStringLiteral("pdftotext")) && test::haveProgram(QStringLiteral("pdftoppm"))
             && test::haveProgram(QStringLiteral("ZXingReader"))));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    QImage signature(240, 80, QImage::Format_ARGB32);
    signature.fill(Qt::transparent);
    for (int x = 10; x < 230; ++x)
        signature.setPixelColor(x, 40 + int(20 * std::sin(x / 15.0)), QColor(0x10, 0x20, 0x80));
    const QString signaturePath = dir.path(QStringLiteral("signature.png"));
    REQUIRE(signature.save(signaturePath));
    const DesignImage signed_ = imageFile(signaturePath);
    CertificateDetails details;
    details.signatoryName = QStringLiteral("Prof. Jane Doe");
    details.signatoryTitle = QStringLiteral("Chair of the organising committee");
    details.signatureImageId = signed_.id;
    details.issueDate = QDate(2018, 12, 14);
    details.verificationCode = true;
    Design d = Design::standardCertificate(QSizeF(297, 210), details);
    d.name = QStringLiteral("signed");
    test::importDesign(event, dir, d, {signed_});
    const QStringList codes = test::someCodes(event, 3);
    const QString pdf = dir.path(QStringLiteral("certificates.pdf"));
    test::cliOk({QStringLiteral("export"), QStringLiteral("certificates"), event, QStringLiteral("-o"), pdf, QStringLiteral("--design"), d.name,
         QStringLiteral("--all"), QStringLiteral("--only"), codes.join(QLatin1Char(','))});
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() == 3);
    const QRegularExpression verification(QStringLiteral("Verification code ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})"));
    QSet<QString> printedCodes;
    for (const QString &page : pages) {
        CHECK(page.contains(QStringLiteral("Certificate of Attendance")));
        CHECK(page.contains(QStringLiteral("Prof. Jane Doe")));
        CHECK(page.contains(QStringLiteral("Chair of the organising committee")));
        CHECK(page.contains(QStringLiteral("Issued on 14 December 2018")));
        const auto m = verification.match(page);
        REQUIRE(m.hasMatch());
        printedCodes << m.captured(1);
    }
    CHECK(printedCodes.size() == 3); // each certificate's text differs, so does its code
    // Checked later from the event: each code names the person on its page; a changed one names no one.
    for (const QString &page : pages) {
        const QString code = verification.match(page).captured(1);
        const auto verified = test::cliOk({QStringLiteral("design"), QStringLiteral("verify"), event, code});
        const QString who = verified.out.section(QStringLiteral(" of "), 1).section(QStringLiteral(" (registration"), 0, 0);
        INFO(verified.out.toStdString());
        CHECK(verified.out.startsWith(QStringLiteral("Valid: the certificate “signed”")));
        CHECK(page.contains(who));
    }
    QString forged = *printedCodes.begin();
    forged[0] = forged[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    CHECK(test::runCli({QStringLiteral("design"), QStringLiteral("verify"), event, forged}).exitCode == 1);
    // The QR code says what is printed beside it.
    const QString prefix = dir.path(QStringLiteral("certificate"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), pdf, prefix})
                .exitCode == 0);
    const auto read = test::runProgram(QStringLiteral("ZXingReader"), {QStringLiteral("-1"), prefix + QStringLiteral("-1.pgm"),
                                                                       prefix + QStringLiteral("-2.pgm"), prefix + QStringLiteral("-3.pgm")});
    for (const QString &code : printedCodes)
        CHECK(read.out.contains(QStringLiteral("\"%1\"").arg(code)));
    // The signature is drawn on every page.
    const auto list = test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    CHECK(list.out.count(QStringLiteral(" 240    80 ")) + list.out.count(QStringLiteral(" 240     80 ")) >= 3);
}

TEST_CASE("The back lists the person's own sessions, and only theirs", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext")));
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const PrintData data = PrintData::load(*test::openTestEvent(event)).value();
    // A participant who speaks, and one session of theirs.
    QString code, title;
    for (const Session &session : data.programme())
        for (const SessionRole &role : data.rolesOf(session.id))
            for (const Participant &p : data.participants)
                if (code.isEmpty() && p.personId == role.personId && p.status == RegistrationStatus::Registered)
                    code = p.code, title = session.title.simplified();
    REQUIRE_FALSE(code.isEmpty());
    Design d;
    d.name = QStringLiteral("sessions");
    d.size = QSizeF(210, 148);
    d.sides = Design::Sides::DuplexLongEdge;
    d.front.elements << DesignElement::textElement(QRectF(5, 5, 200, 10), QStringLiteral("{first_name}"), 12);
    DesignElement sessions;
    sessions.type = DesignElement::Type::SessionList;
    sessions.box = QRectF(5, 5, 200, 130);
    sessions.maxPoints = sessions.minPoints = 8;
    d.back.elements << sessions;
    test::importDesign(event, dir, d);
    const QString pdf = dir.path(QStringLiteral("sessions.pdf"));
    test::cliOk({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("-o"), pdf, QStringLiteral("--design"), d.name,
                 QStringLiteral("--preset"), QStringLiteral("custom:page=210x148,label=210x148,grid=1x1"), QStringLiteral("--only"), code});
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() == 2);
    const QString back = pages.at(1).simplified();
    INFO(back.toStdString());
    CHECK(back.contains(title.left(30)));
    CHECK(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d\u2013\\d\\d:\\d\\d")).match(back).hasMatch());
    // Not the whole programme: fewer lines than sessions.
    CHECK(back.count(QChar(0x2013)) < data.programme().size());
}
