// Printed documents, read back as a user's tools see them: pdftotext for the
// words, pdfinfo for the pages, ZXingReader for the QR codes on badges.
#include "support/EventFiles.h"
#include "support/TestSupport.h"

#include "model/Event.h"
#include "print/BadgeFace.h"
#include "print/BadgeRenderer.h"
#include "print/CertificateRenderer.h"
#include "print/ImageCanvas.h"
#include "print/LabelSheet.h"
#include "print/PagedDeviceCanvas.h"
#include "print/PrintData.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

namespace {

// The demo event where the test cases run (a file, or an event on the test server).
struct Demo
{
    test::TempDir dir;
    QString location = test::placeDemoEvent(dir);
    std::unique_ptr<EventStore> open() const
    {
        return test::openTestEvent(location);
    }
    PrintData data() const
    {
        auto data = PrintData::load(*open());
        REQUIRE(data.ok());
        return data.value();
    }
    // podium-cli export KIND LOCATION -o KIND.pdf EXTRA...; returns the PDF's path.
    QString exportPdf(const QString &kind, const QStringList &extra = {}) const
    {
        const QString out = dir.path(kind + QStringLiteral(".pdf"));
        QFile::remove(out);
        const auto run = test::runCli(QStringList{QStringLiteral("export"), kind, location, QStringLiteral("-o"), out} + extra);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return out;
    }
};

QString pdfText(const QString &pdf)
{
    const auto run = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    return run.out;
}

// The text with all white space as single spaces (lines wrap anywhere).
QString flatText(const QString &pdf)
{
    return pdfText(pdf).simplified();
}

int pageCount(const QString &pdf)
{
    const auto run = test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(run.exitCode == 0);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

bool havePdfTools()
{
    return test::haveProgram(QStringLiteral("pdftotext")) && test::haveProgram(QStringLiteral("pdfinfo"));
}

} // namespace

TEST_CASE("Every document of the demo event exports as a PDF with real, searchable text", "[stores]")
{
    REQUIRE(havePdfTools()); // poppler-utils (build.sh installs it)
    Demo demo;
    const PrintData data = demo.data();

    const QString programme = demo.exportPdf(QStringLiteral("programme"));
    const QString text = flatText(programme);
    CHECK(text.contains(QStringLiteral("IMI Networking event – Pharma meets Academia")));
    CHECK(text.contains(QStringLiteral("Laboratoire national de santé (LNS)")));
    CHECK(text.contains(QStringLiteral("Ten years of IMI")));
    CHECK(text.contains(QStringLiteral("Index of speakers")));
    CHECK(text.contains(QStringLiteral("Chioti, Anna (Dr.) — Ministry of Health")));
    // Every scheduled session's title is there, and the booklet has numbered pages.
    for (const Session &s : data.programme()) {
        INFO(s.title.toStdString());
        CHECK(text.contains(s.title.simplified()));
    }
    CHECK(pageCount(programme) >= 3);
    // Personal data: readable by the owner only.
    CHECK((QFile(programme).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);

    const QString timetable = demo.exportPdf(QStringLiteral("timetable"), {QStringLiteral("--paper"), QStringLiteral("a3")});
    CHECK(pageCount(timetable) == data.programmeDays().size());
    CHECK(flatText(timetable).contains(QStringLiteral("Seminar Room 1")));

    const QString signs = demo.exportPdf(QStringLiteral("signs"));
    CHECK(pageCount(signs) == 3); // three rooms, one day
    CHECK(flatText(signs).contains(QStringLiteral("Foyer & Matchmaking Area")));

    const QString speakers = demo.exportPdf(QStringLiteral("speakers"));
    CHECK(flatText(speakers).contains(QStringLiteral("Dr. Anna Chioti")));
    CHECK(flatText(speakers).contains(QStringLiteral("Françoise Liners")));

    const QString signin = demo.exportPdf(QStringLiteral("signin"), {QStringLiteral("--category"), QStringLiteral("speaker")});
    const QString signinText = flatText(signin);
    CHECK(signinText.contains(QStringLiteral("Signature")));
    CHECK(signinText.contains(QStringLiteral("Panel: Medical data valuation and sustainability")));
    CHECK_FALSE(signinText.contains(QStringLiteral("Coffee break"))); // no sign-in for breaks
}

TEST_CASE("The attendee list shows only participants who agreed to be listed", "[stores]")
{
    REQUIRE(havePdfTools()); // poppler-utils (build.sh installs it)
    Demo demo;
    const PrintData data = demo.data();
    const QString text = flatText(demo.exportPdf(QStringLiteral("attendees")));
    int listed = 0, hidden = 0;
    for (const Participant &p : data.participants) {
        const Person *person = data.person(p.personId);
        const QString name = person->sortName();
        // Names shared by a consenting and a refusing participant prove nothing.
        bool ambiguous = false;
        for (const Participant &q : data.participants)
            ambiguous |= q.id != p.id && data.person(q.personId)->sortName() == name;
        if (ambiguous)
            continue;
        INFO(name.toStdString());
        if (ConsentPolicy::mayAppear(p, ConsentPolicy::Output::SharedAttendeeList)) {
            CHECK(text.contains(name));
            ++listed;
        } else {
            CHECK_FALSE(text.contains(name));
            ++hidden;
        }
    }
    CHECK(listed > 10);
    CHECK(hidden > 0);
}

TEST_CASE("Certificates go to those checked in, or to everyone registered with --all", "[stores]")
{
    REQUIRE(havePdfTools()); // poppler-utils (build.sh installs it)
    Demo demo;
    const PrintData data = demo.data();
    int checkedIn = 0, registered = 0;
    for (const Participant &p : data.participants) {
        checkedIn += p.isCheckedIn() && p.status != RegistrationStatus::Cancelled;
        registered += p.status == RegistrationStatus::Registered;
    }
    REQUIRE(checkedIn > 0);
    const QString pdf = demo.exportPdf(QStringLiteral("certificates"), {QStringLiteral("--category"), QStringLiteral("speaker")});
    PrintOptions speakers;
    speakers.kind = DocumentKind::Certificates;
    speakers.category = ParticipantCategory::Speaker;
    const QList<Participant> expected = CertificateRenderer(data, speakers).participants();
    CHECK(pageCount(pdf) == expected.size());
    const QString text = flatText(pdf);
    CHECK(text.contains(QStringLiteral("Certificate of Attendance")));
    for (const Participant &p : expected)
        CHECK(text.contains(data.person(p.personId)->displayName()));
    CHECK(pageCount(demo.exportPdf(QStringLiteral("certificates"), {QStringLiteral("--all")})) == registered);
}

TEST_CASE("Every badge's QR code decodes to its participant's registration code", "[stores]")
{
    // poppler-utils and zxing-cpp-tools (build.sh installs them).
    REQUIRE((havePdfTools() && test::haveProgram(QStringLiteral("pdftoppm")) && test::haveProgram(QStringLiteral("ZXingReader"))));
    Demo demo;
    const PrintData data = demo.data();
    const QString pdf = demo.exportPdf(QStringLiteral("badges"));
    PrintOptions options;
    options.kind = DocumentKind::Badges;
    const QList<Participant> badges = BadgeRenderer(data, options).participants();
    REQUIRE(badges.size() > 100);
    CHECK(pageCount(pdf) == (badges.size() + 3) / 4);

    // Badges are sorted by last name: the text shows them in that order.
    const QString text = flatText(pdf);
    qsizetype at = 0;
    for (const Participant &p : badges.mid(0, 12)) {
        const qsizetype found = text.indexOf(data.person(p.personId)->lastName, at);
        CHECK(found >= at);
        at = qMax(at, found);
    }

    // Every page at 150 dpi, as a printer would; grey PGM rather than PNG only because PNG
    // compression makes pdftoppm five times slower. The first page also as PNG.
    const QString prefix = demo.dir.path(QStringLiteral("badge"));
    const QString r150 = QStringLiteral("150");
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), r150, QStringLiteral("-gray"), pdf, prefix}).exitCode == 0);
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), r150, QStringLiteral("-png"), QStringLiteral("-f"),
                                                          QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, prefix})
                .exitCode == 0);
    QStringList images;
    for (int page = 1; page <= pageCount(pdf); ++page)
        images << prefix + QStringLiteral("-%1.pgm").arg(page, 2, 10, QLatin1Char('0'));
    const QString firstPng = prefix + QStringLiteral("-01.png");
    // One line per code found: <file> QRCode "<content>" (as ZXingReader -1 prints it).
    const auto run = test::runProgram(QStringLiteral("ZXingReader"),
                                      QStringList{QStringLiteral("-1"), QStringLiteral("-format"), QStringLiteral("QRCode")} + images);
    REQUIRE(run.exitCode == 0);
    const auto png = test::runProgram(QStringLiteral("ZXingReader"), {QStringLiteral("-1"), firstPng});
    for (const Participant &p : badges.mid(0, 4))
        CHECK(png.out.contains(QStringLiteral("QRCode \"%1\"").arg(p.code)));
    QHash<QString, QSet<QString>> codesOnPage;
    const QRegularExpression found(QStringLiteral("^(\\S+) QRCode \"(.*)\"$"));
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto m = found.match(line.trimmed());
        INFO(line.toStdString());
        REQUIRE(m.hasMatch());
        codesOnPage[m.captured(1)].insert(m.captured(2));
    }
    for (int i = 0; i < badges.size(); ++i) {
        const QString image = images.at(i / 4);
        INFO("badge " << i << " of " << data.person(badges.at(i).personId)->fullName().toStdString());
        CHECK(codesOnPage.value(image).contains(badges.at(i).code));
    }
    int decoded = 0;
    for (const auto &codes : codesOnPage)
        decoded += int(codes.size());
    CHECK(decoded == badges.size()); // and nothing else
}

TEST_CASE("A 70-character name and organisation stay inside the badge on every layout")
{
    const QString longName = QStringLiteral("Maximiliane-Konstanze Alexandrina von Hohenzollern-Sigmaringen-Wüstens");
    const QString longOrganisation = QStringLiteral("Luxembourg Institute of Health – Department of Precision Health (DoPH)");
    REQUIRE(longName.size() == 70);
    REQUIRE(longOrganisation.size() == 70);
    const QString oneWord = QString(70, QLatin1Char('W'));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QList<LabelSheet> sheets = LabelSheet::builtIn();
    sheets << LabelSheet::fromSpec(QStringLiteral("custom:page=210x297,label=60x40,grid=3x7")).value();
    for (const LabelSheet &sheet : sheets) {
        PagedDeviceCanvas canvas(&writer, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        for (const QString &name : {longName, oneWord}) {
            BadgeFace::Content content;
            const int split = name.indexOf(QLatin1Char(' '));
            content.name = PrintedName::of(QStringLiteral("Prof. Dr."), name.left(split), split < 0 ? QString() : name.mid(split + 1));
            content.organisation = longOrganisation;
            content.position = longOrganisation;
            content.category = QStringLiteral("Speaker");
            content.eventName = longOrganisation;
            content.code = QStringLiteral("ABCDEFGHJK");
            content.noPhotoMark = true;
            const QSizeF label = sheet.labelRect(0).size();
            const BadgeFace face = BadgeFace::layout(canvas, content, label);
            const QRectF labelRect(QPointF(0, 0), label);
            INFO(sheet.key.toStdString() << ": " << name.toStdString());
            auto inside = [&](const QRectF &box, const TextBlock &block) {
                if (block.isEmpty())
                    return;
                CHECK(labelRect.contains(box));
                const QFontMetricsF metrics(block.font, canvas.paintDevice());
                for (const QString &line : block.lines)
                    CHECK(metrics.horizontalAdvance(line) <= box.width() + 0.01);
                CHECK(block.height() <= box.height() + 0.01);
            };
            inside(face.firstBox, face.first.block);
            inside(face.secondBox, face.second.block);
            inside(face.honorificBox, face.honorific);
            const QRectF nameArea = face.nameBox.adjusted(-0.01, -0.01, 0.01, 0.01);
            CHECK(nameArea.contains(face.firstBox));
            if (!face.second.isEmpty())
                CHECK(nameArea.contains(face.secondBox));
            inside(face.organisationBox, face.organisation);
            inside(face.positionBox, face.position);
            inside(face.headerBox, face.header);
            CHECK(labelRect.contains(face.qrBox));
            CHECK(labelRect.contains(face.band));
            CHECK(labelRect.contains(face.noPhotoBox));
            // Nothing overlaps the QR code or the band.
            CHECK_FALSE(face.nameBox.intersects(face.qrBox));
            CHECK_FALSE(face.organisationBox.intersects(face.qrBox));
            CHECK_FALSE(face.organisationBox.intersects(face.band));
            // The name never goes below the organisation; on A6 it is printed whole.
            CHECK(face.first.points >= face.nameMinPoints - 0.01);
            CHECK(face.nameMinPoints > face.organisation.font.pointSizeF() * 72.0 / canvas.paintDevice()->logicalDpiY());
            if (sheet.key == QLatin1String("a6-4up")) {
                CHECK_FALSE(face.first.block.elided);
                CHECK_FALSE(face.second.block.elided);
                CHECK((face.first.block.lines + face.second.block.lines).join(QString()).remove(QLatin1Char(' '))
                      == content.name.oneLine().remove(QLatin1Char(' ')));
            }
        }
    }
}

TEST_CASE("A long name prints whole on the badge, inside its label", "[stores]")
{
    REQUIRE(havePdfTools()); // poppler-utils (build.sh installs it)
    Demo demo;
    {
        auto file = demo.open();
        Person person;
        person.firstName = QStringLiteral("Maximiliane-Konstanze Alexandrina");
        person.lastName = QStringLiteral("von Hohenzollern-Sigmaringen-Wüsten");
        person.organisation = QStringLiteral("Luxembourg Institute of Health – Department of Precision Health (DoPH)");
        const auto id = file->people().insert(person);
        REQUIRE(id.ok());
        Participant participant;
        participant.personId = id.value();
        participant.category = ParticipantCategory::Press;
        REQUIRE(file->participants().insert(participant).ok());
    }
    const QString pdf = demo.exportPdf(QStringLiteral("badges"), {QStringLiteral("--category"), QStringLiteral("press")});
    // The words' boxes (pdftotext -bbox) lie inside the first label (A6 top left: 105 x 148 mm = 297.6 x 419.5 pt).
    const auto run = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    // Every word on the badges lies in one label, and the name is there whole (its lines may break after a hyphen).
    QString words;
    const LabelSheet sheet = LabelSheet::defaultSheet();
    for (auto it = word.globalMatch(run.out); it.hasNext();) {
        const auto m = it.next();
        const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()), QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
        bool inOneLabel = false;
        for (int i = 0; i < sheet.perPage(); ++i)
            inOneLabel |= sheet.labelRect(i).contains(box);
        INFO(m.captured(5).toStdString());
        CHECK(inOneLabel);
        words += m.captured(5);
    }
    for (const char *part : {"Maximiliane-KonstanzeAlexandrina", "vonHohenzollern-Sigmaringen-Wüsten", "(DoPH)"})
        CHECK(words.contains(QString::fromUtf8(part)));
}

TEST_CASE("Markup in titles and names prints as written, never interpreted", "[stores]")
{
    REQUIRE(havePdfTools()); // poppler-utils (build.sh installs it)
    Demo demo;
    const QString markup = QStringLiteral("<b>Bold</b> &amp; <img src=\"x.png\"> <i>T</i>");
    {
        auto file = demo.open();
        auto sessions = file->sessions().all();
        REQUIRE(sessions.ok());
        Session session = sessions.value().at(3);
        REQUIRE(session.isScheduled());
        session.title = markup;
        REQUIRE(file->sessions().update(session).ok());
        // A speaker, so that the speaker list shows the organisation.
        auto roles = file->sessions().allRoles();
        REQUIRE(roles.ok());
        Person person = file->people().byId(roles.value().first().personId).value();
        person.organisation = QStringLiteral("<b>ACME</b> &amp; Co");
        REQUIRE(file->people().update(person).ok());
    }
    CHECK(flatText(demo.exportPdf(QStringLiteral("programme"))).contains(markup));
    CHECK(flatText(demo.exportPdf(QStringLiteral("signs"))).contains(markup));
    CHECK(flatText(demo.exportPdf(QStringLiteral("speakers"))).contains(QStringLiteral("<b>ACME</b> &amp; Co")));
    CHECK(flatText(demo.exportPdf(QStringLiteral("certificates"), {QStringLiteral("--all")})).contains(QStringLiteral("<b>ACME</b> &amp; Co")));
}

TEST_CASE("podium-cli export refuses bad options and never leaves a half-written file", "[stores]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("out.pdf"));
    auto run = [&](const QStringList &args) { return test::runCli(QStringList{QStringLiteral("export")} + args); };

    auto r = run({QStringLiteral("badges"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--layout"), QStringLiteral("avery-9999")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("avery-l7165")));
    r = run({QStringLiteral("programme"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--layout"), QStringLiteral("a6-4up")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--layout does not apply")));
    r = run({QStringLiteral("programme"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--paper"), QStringLiteral("b5")});
    CHECK(r.exitCode == 2);
    r = run({QStringLiteral("badges"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--layout"),
             QStringLiteral("custom:page=210x297,label=120x60,grid=2x4")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("paper")));
    CHECK_FALSE(QFile::exists(out));

    // Nothing to print: exit 1, no file.
    auto file = demo.open();
    auto participants = file->participants().all();
    for (Participant p : participants.value())
        if (p.category == ParticipantCategory::Press) {
            p.badgePrinted = true;
            REQUIRE(file->participants().update(p).ok());
        }
    r = run({QStringLiteral("badges"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--category"), QStringLiteral("press"),
             QStringLiteral("--unprinted")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no participant matches")));
    CHECK_FALSE(QFile::exists(out));

    // An existing file is kept unless --force.
    test::writeFile(out, "keep me");
    r = run({QStringLiteral("speakers"), demo.location, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(test::readFile(out) == "keep me");
    r = run({QStringLiteral("speakers"), demo.location, QStringLiteral("-o"), out, QStringLiteral("--force")});
    CHECK(r.exitCode == 0);
    CHECK(test::readFile(out).startsWith("%PDF"));
}

TEST_CASE("Label sheets are data: built-in ones are valid and a custom one round-trips")
{
    for (const LabelSheet &sheet : LabelSheet::builtIn()) {
        INFO(sheet.key.toStdString());
        CHECK(sheet.validate().ok());
        const auto again = LabelSheet::fromSpec(sheet.toSpec());
        REQUIRE(again.ok());
        const QRectF a = again.value().labelRect(sheet.perPage() - 1);
        const QRectF b = sheet.labelRect(sheet.perPage() - 1);
        CHECK(a.left() == Approx(b.left()).margin(0.01));
        CHECK(a.bottom() == Approx(b.bottom()).margin(0.01));
        CHECK(a.width() == Approx(b.width()).margin(0.01));
    }
    CHECK(LabelSheet::defaultSheet().key == QLatin1String("a6-4up"));
    CHECK(LabelSheet::defaultSheet().perPage() == 4);
    const auto card = LabelSheet::byKey(QStringLiteral("card-10up"));
    REQUIRE(card.ok());
    CHECK(card.value().perPage() == 10);
    // Avery L7165: eight 99.1 x 67.7 mm labels, the last one ends 13.1 mm above the bottom of the A4 sheet.
    const LabelSheet avery = LabelSheet::byKey(QStringLiteral("avery-l7165")).value();
    CHECK(avery.perPage() == 8);
    CHECK(avery.labelRect(7).bottom() / PageCanvas::pointsPerMm == Approx(297 - 13.1).margin(0.01));
    CHECK(LabelSheet::byKey(QStringLiteral("avery-5395")).value().page.width() == Approx(215.9));
    CHECK_FALSE(LabelSheet::fromSpec(QStringLiteral("custom:page=210x297,label=100x50,pitch=90x50,grid=2x2")).ok()); // overlap
    CHECK_FALSE(LabelSheet::fromSpec(QStringLiteral("custom:label=100x50,grid=2x2")).ok()); // no paper
    CHECK_FALSE(LabelSheet::fromSpec(QStringLiteral("custom:page=210x297,label=100x50,grid=2.5x2")).ok());
}

TEST_CASE("The preview renders the first pages into images and stops there", "[stores]")
{
    Demo demo;
    const PrintData data = demo.data();
    PrintOptions options;
    options.kind = DocumentKind::Badges;
    options.cropMarks = true;
    const auto renderer = DocumentRenderer::create(data, options);
    ImageCanvas canvas(renderer->pageLayout(), 40, 2);
    int calls = 0;
    REQUIRE(renderer->render(canvas, [&](int, int) { return ++calls > 0; }).ok());
    REQUIRE(canvas.finish().ok());
    REQUIRE(canvas.pages().size() == 2);
    CHECK(calls <= 3); // stopped after the pages it keeps
    const QImage page = canvas.pages().first();
    CHECK(page.width() == qRound(210 / 25.4 * 40));
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2)
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128;
    CHECK(dark > 500);

    // Cancelling stops the render with the cancel message.
    ImageCanvas again(renderer->pageLayout(), 20, 50);
    const Status cancelled = renderer->render(again, [](int done, int) { return done < 8; });
    CHECK(DocumentRenderer::wasCancelled(cancelled));
}
