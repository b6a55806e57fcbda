// The badge designer as an organiser uses it on the demo event: a badge
// designed from scratch (a logo, the name, a band coloured per category, a
// ribbon only for speakers, a back side with the person's sessions), elements
// dragged, nudged and undone, properties changed, previewed for real
// participants, saved into the event and found again after reopening it.
// With PODIUM_SCREENSHOTS=dir the steps are saved as PNGs to look at.
#include "support/TestSupport.h"

#include "design/DesignImage.h"
#include "designer/DesignCanvas.h"
#include "designer/DesignEditor.h"
#include "design/DesignPlaceholders.h"
#include "designer/DesignPreview.h"
#include "designer/FieldPicker.h"
#include "designer/ImageImport.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/DesignerWindow.h"
#include "designer/ElementItem.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "pages/PrintPage.h"
#include "print/PrintData.h"
#include "storage/DesignRepository.h"
#include "storage/EventFile.h"

#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QUrl>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

namespace {
std::unique_ptr<EventDocument> openDocument(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

QString demoFile(const test::TempDir &dir)
{
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto file = EventFile::create(path, Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    return path;
}

void screenshot(QWidget &window, const QString &name)
{
    if (!qEnvironmentVariableIsSet("PODIUM_SCREENSHOTS"))
        return;
    QCoreApplication::processEvents();
    window.grab().save(qEnvironmentVariable("PODIUM_SCREENSHOTS") + QLatin1Char('/') + name + QStringLiteral(".png"));
}

DesignImage logo()
{
    QFile file(QStringLiteral(PODIUM_SOURCE_DIR "/resources/icons/podium.svg"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    DesignImage image;
    QString error;
    REQUIRE(DesignImage::fromBytes(file.readAll(), QStringLiteral("podium.svg"), &image, &error));
    return image;
}

// The demo's badge, built as a user would: element by element through the editor's edits.
void designDemoBadge(DesignEditor &editor)
{
    editor.addImage(logo());
    editor.addElement(DesignElement::imageElement(QRectF(5, 5, 20, 20), logo().id));
    editor.addElement(DesignElement::textElement(QRectF(28, 8, 72, 14), QStringLiteral("{event_name}"), 12, 8, 700));
    editor.addElement(DesignElement::textElement(QRectF(5, 40, 95, 24), QStringLiteral("{first_name}"), 36, 18, 700,
                                                 DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::textElement(QRectF(5, 64, 95, 12), QStringLiteral("{last_name}"), 22, 12, 400,
                                                 DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::textElement(QRectF(5, 78, 95, 10), QStringLiteral("{organisation}"), 12, 8, 400,
                                                 DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::qrElement(QRectF(40, 92, 25, 25)));
    DesignElement band = DesignElement::rectangleElement(QRectF(0, 128, 105, 20), Qt::gray);
    band.rule.colourFromCategory = true;
    editor.addElement(band);
    DesignElement category = DesignElement::textElement(QRectF(5, 131, 95, 14), QStringLiteral("{category}"), 20, 10, 700,
                                                        DesignElement::HAlign::Centre);
    category.colour = Qt::white;
    category.valign = DesignElement::VAlign::Middle;
    editor.addElement(category);
    DesignElement ribbon = DesignElement::rectangleElement(QRectF(75, 0, 30, 6), QColor(0xc0, 0x39, 0x2b));
    ribbon.rule.onlyCategories = {QStringLiteral("speaker")};
    editor.addElement(ribbon);

    Design withBack = editor.design();
    withBack.name = QStringLiteral("Demo badge 2018");
    withBack.sides = Design::Sides::DuplexLongEdge;
    editor.edit(withBack, QStringLiteral("Both sides"));
    editor.setSide(DesignEditor::Side::Back);
    editor.addElement(DesignElement::textElement(QRectF(5, 5, 95, 12), QStringLiteral("{full_name}"), 18, 10, 700));
    DesignElement sessions;
    sessions.type = DesignElement::Type::SessionList;
    sessions.box = QRectF(5, 20, 95, 80);
    sessions.maxPoints = 9;
    sessions.minPoints = 6;
    editor.addElement(sessions);
    editor.addElement(DesignElement::textElement(QRectF(5, 130, 95, 12), QStringLiteral("Wi-Fi: LNS-Guest · podium2018"), 10, 8));
    editor.setSide(DesignEditor::Side::Front);
}

ElementItem *itemOf(DesignerWindow &window, int index)
{
    ElementItem *item = window.canvas()->scene()->elementItem(index);
    REQUIRE(item);
    return item;
}

// The demo event open in the designer, on screen, with the demo badge designed on an A6 label.
struct DemoDesigner
{
    test::TempDir dir;
    std::unique_ptr<EventDocument> document = openDocument(demoFile(dir));
    DesignerWindow window{document.get()};

    DemoDesigner()
    {
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.newDesign(Design::Kind::Badge, QStringLiteral("a6-4up"));
        designDemoBadge(*window.editor());
    }
};
} // namespace

TEST_CASE("A badge designed from scratch is saved into the event and found there after reopening it")
{
    test::TempDir dir;
    const QString path = demoFile(dir);
    Design saved;
    {
        auto document = openDocument(path);
        DesignerWindow window(document.get());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.newDesign(Design::Kind::Badge, QStringLiteral("a6-4up"));
        CHECK(window.editor()->design().size == QSizeF(105, 148));
        designDemoBadge(*window.editor());
        REQUIRE(window.editor()->elements().size() == 9);
        screenshot(window, QStringLiteral("designer-front"));
        window.editor()->setSide(DesignEditor::Side::Back);
        screenshot(window, QStringLiteral("designer-back"));
        window.editor()->setSide(DesignEditor::Side::Front);
        CHECK(window.isWindowModified());

        REQUIRE(window.save());
        CHECK_FALSE(window.isWindowModified());
        saved = window.editor()->design();
        // The Print page and the CLI find it under its name, with its logo.
        const DesignRepository designs(document->store());
        REQUIRE(designs.byName(QStringLiteral("Demo badge 2018")).ok());
        CHECK(designs.imagesFor(saved).value().contains(logo().id));

        // The Print page offers it for badges and previews badges with it.
        PrintPage page;
        page.resize(1300, 900);
        page.setDocument(document.get());
        auto *kind = page.findChildren<QComboBox *>().first();
        kind->setCurrentIndex(kind->findData(int(DocumentKind::Badges)));
        auto *chooser = page.findChild<QComboBox *>(QStringLiteral("design"));
        REQUIRE(chooser);
        REQUIRE(chooser->findData(QStringLiteral("Demo badge 2018")) > 0);
        chooser->setCurrentIndex(chooser->findData(QStringLiteral("Demo badge 2018")));
        page.refreshPreview();
        REQUIRE(page.options().design.has_value());
        CHECK(page.options().design->name == QStringLiteral("Demo badge 2018"));
        CHECK(page.options().designImages.contains(logo().id));
        CHECK(page.previewPageCount() > 0);
        if (qEnvironmentVariableIsSet("PODIUM_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("PODIUM_SCREENSHOTS") + QStringLiteral("/print-page-design.png"));
        // Certificates list certificate designs only.
        kind->setCurrentIndex(kind->findData(int(DocumentKind::Certificates)));
        CHECK(chooser->findData(QStringLiteral("Demo badge 2018")) < 0);
    }
    // Another session: the event file alone keeps it.
    auto reopened = openDocument(path);
    const DesignRepository designs(reopened->store());
    const auto loaded = designs.byName(QStringLiteral("demo BADGE 2018"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == saved);
    DesignerWindow window(reopened.get());
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(window.openDesign(QStringLiteral("Demo badge 2018")));
    CHECK(window.editor()->design() == saved);
    CHECK_FALSE(window.editor()->isModified());
    CHECK(window.editor()->image(logo().id));

    // Exported to JSON and imported into next year's event, logo and all.
    const QString json = dir.path(QStringLiteral("badge.json"));
    REQUIRE(window.exportJson(json));
    const QString nextPath = dir.path(QStringLiteral("next.podium"));
    {
        auto created = EventFile::create(nextPath, Event());
        REQUIRE(created.ok());
    }
    auto next = openDocument(nextPath);
    DesignerWindow nextWindow(next.get());
    nextWindow.setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(nextWindow.importJson(json));
    CHECK(nextWindow.editor()->design() == saved);
    CHECK(nextWindow.editor()->isModified()); // not in the event until saved
    REQUIRE(nextWindow.save());
    const DesignRepository nextDesigns(next->store());
    REQUIRE(nextDesigns.byName(QStringLiteral("Demo badge 2018")).ok());
    CHECK(nextDesigns.imagesFor(saved).value().value(logo().id) == logo());
}

TEST_CASE("Dragging an element moves it in the design, arrow keys nudge it, and undo puts it back")
{
    DemoDesigner designer;
    DesignerWindow &window = designer.window;
    QUndoStack *undo = window.editor()->undoStack();
    const int steps = undo->index();
    DesignerView *view = window.canvas()->view();
    view->setZoom(1.5);
    QCoreApplication::processEvents();

    // The QR code (element 5, at 40,92 25x25): grabbed in its middle and dropped 10 mm right, 5.2 mm down.
    const QRectF qr = window.editor()->elements().at(5).box;
    const QPoint from = view->mapFromScene(qr.center());
    const QPoint to = view->mapFromScene(qr.center() + QPointF(10, 5.2));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(view->viewport(), from + (to - from) * step / 5);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    CHECK(window.editor()->selected() == 5);
    const QRectF dragged = window.editor()->elements().at(5).box;
    CHECK(dragged.size() == qr.size());
    CHECK(dragged.left() == Approx(50).margin(0.51)); // snapped to the grid or an edge near there
    CHECK(dragged.top() == Approx(97.2).margin(1.01));
    CHECK(undo->index() == steps + 1); // one drag, one step
    CHECK(itemOf(window, 5)->rect() == dragged);

    // Two nudges right and one Shift+Up: one undo step, 1 mm right and 5 mm up.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Up, Qt::ShiftModifier);
    const QRectF nudged = window.editor()->elements().at(5).box;
    CHECK(nudged.topLeft().x() == Approx(dragged.left() + 1));
    CHECK(nudged.topLeft().y() == Approx(dragged.top() - 5));
    CHECK(undo->index() == steps + 2);
    screenshot(window, QStringLiteral("designer-dragged"));

    undo->undo();
    CHECK(window.editor()->elements().at(5).box == dragged);
    undo->undo();
    CHECK(window.editor()->elements().at(5).box == qr);
    CHECK(itemOf(window, 5)->rect() == qr); // the canvas follows
    undo->redo();
    CHECK(window.editor()->elements().at(5).box == dragged);
}

TEST_CASE("Changing a property in the panel edits the design, one undo step per change")
{
    DemoDesigner designer;
    DesignerWindow &window = designer.window;
    window.editor()->select(2); // {first_name}
    auto *maxPoints = window.findChild<QDoubleSpinBox *>(QStringLiteral("maxPoints"));
    auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("text"));
    REQUIRE(maxPoints);
    REQUIRE(text);
    CHECK(maxPoints->value() == 36);
    CHECK(text->toPlainText() == QStringLiteral("{first_name}"));
    const int steps = window.editor()->undoStack()->index();

    maxPoints->setValue(40);
    CHECK(window.editor()->elements().at(2).maxPoints == 40);
    // Typing a text: each key is an edit, all of it one undo step.
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral(" {last_name}"));
    CHECK(window.editor()->elements().at(2).text == QStringLiteral("{first_name} {last_name}"));
    CHECK(window.editor()->undoStack()->index() == steps + 2);

    // A placeholder from the field picker goes in at the cursor, as another edit.
    auto *picker = window.findChild<FieldPicker *>();
    REQUIRE(picker);
    for (const QString &key : DesignPlaceholders::keys())
        if (!key.startsWith(QLatin1String("signatory")) && key != QLatin1String("issue_date") && key != QLatin1String("verification_code"))
            CHECK(picker->placeholders().contains(QLatin1Char('{') + key + QLatin1Char('}')));
    emit picker->placeholderChosen(QStringLiteral("{organisation}"));
    CHECK(window.editor()->elements().at(2).text == QStringLiteral("{first_name} {last_name}{organisation}"));
    window.editor()->undoStack()->undo();
    CHECK(window.editor()->elements().at(2).text == QStringLiteral("{first_name} {last_name}"));

    window.editor()->undoStack()->undo();
    CHECK(window.editor()->elements().at(2).text == QStringLiteral("{first_name}"));
    CHECK(text->toPlainText() == QStringLiteral("{first_name}")); // the panel follows undo
    window.editor()->undoStack()->undo();
    CHECK(window.editor()->elements().at(2).maxPoints == 36);
    CHECK(maxPoints->value() == 36);
}

TEST_CASE("The preview shows the chosen participant, with the elements their category gets")
{
    DemoDesigner designer;
    DesignerWindow &window = designer.window;
    DesignPreview *preview = window.preview();
    const auto data = PrintData::load(designer.document->store());
    REQUIRE(data.ok());

    // The choices: the longest name, a CJK name, one per category, the placeholders.
    const auto choices = preview->choices();
    REQUIRE(choices.size() >= 4);
    CHECK(choices.first().label.startsWith(QStringLiteral("Longest name")));
    int longest = 0;
    for (const Participant &p : data.value().participants)
        longest = qMax(longest, int(data.value().person(p.personId)->fullName().size()));
    CHECK(data.value().person(choices.first().participant.personId)->fullName().size() >= longest - 8); // honorifics count

    int speaker = -1, attendee = -1;
    for (int i = 0; i < choices.size(); ++i) {
        if (!choices[i].placeholders && choices[i].participant.category == ParticipantCategory::Speaker && speaker < 0
            && choices[i].label.startsWith(QStringLiteral("Speaker")))
            speaker = i;
        if (!choices[i].placeholders && choices[i].participant.category == ParticipantCategory::Attendee && attendee < 0
            && choices[i].label.startsWith(QStringLiteral("Attendee")))
            attendee = i;
    }
    REQUIRE(speaker >= 0);
    REQUIRE(attendee >= 0);

    // The ribbon (only for speakers) is red in the top-right corner of a speaker's badge, and absent on an attendee's.
    auto ribbonPixel = [&](const QImage &front) {
        const qreal px = front.width() / 105.0;
        return front.pixelColor(int(90 * px), int(3 * px));
    };
    preview->choose(speaker);
    const Person *speakerPerson = data.value().person(choices[speaker].participant.personId);
    CHECK(preview->subject().values.value(QStringLiteral("first_name")) == speakerPerson->firstName);
    REQUIRE_FALSE(preview->front().isNull());
    CHECK(ribbonPixel(preview->front()).red() > 150);
    CHECK(ribbonPixel(preview->front()).green() < 100);
    CHECK_FALSE(preview->back().isNull()); // both sides: the back is shown too
    window.findChild<QDockWidget *>(QStringLiteral("previewDock"))->raise();
    screenshot(window, QStringLiteral("designer-preview-speaker"));

    preview->choose(attendee);
    CHECK(preview->subject().values.value(QStringLiteral("first_name"))
          == data.value().person(choices[attendee].participant.personId)->firstName);
    CHECK(ribbonPixel(preview->front()) == QColor(Qt::white));
    // On the canvas, the ribbon shows as an empty frame for this participant: its rule leaves it out.
    CHECK(itemOf(window, 8)->caption() == QStringLiteral("Rectangle or band (only for Speaker)"));
}

TEST_CASE("A certificate is worded with placeholders and signed, and the preview fills them in")
{
    DemoDesigner designer;
    DesignerWindow &window = designer.window;
    window.newDesign(Design::Kind::Certificate);
    DesignEditor &editor = *window.editor();
    CHECK(editor.design().size == QSizeF(297, 210));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Certificate Designer")));

    // The wording, as text elements.
    editor.addElement(DesignElement::textElement(QRectF(20, 25, 257, 20), QStringLiteral("Certificate of attendance"), 32, 20, 700,
                                                 DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::textElement(QRectF(20, 60, 257, 30),
                                                 QStringLiteral("{display_name} took part in {event_name}, {event_dates}."), 18,
                                                 12, 400, DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::textElement(QRectF(88, 170, 120, 8), QStringLiteral("{signatory_name}"), 12, 9, 700,
                                                 DesignElement::HAlign::Centre));
    editor.addElement(DesignElement::textElement(QRectF(88, 178, 120, 8), QStringLiteral("{signatory_title} · {issue_date}"), 10,
                                                 8, 400, DesignElement::HAlign::Centre));
    // The signatory typed into the design panel, the signature from a PNG file.
    auto *signatory = window.findChild<QLineEdit *>(QStringLiteral("signatoryName"));
    REQUIRE(signatory);
    QTest::keyClicks(signatory, QStringLiteral("Prof. Jane Doe"));
    CHECK(editor.design().certificate.signatoryName == QStringLiteral("Prof. Jane Doe"));
    QImage scan(600, 200, QImage::Format_ARGB32);
    scan.fill(Qt::transparent);
    {
        QPainter ink(&scan);
        ink.setPen(QPen(QColor(0x10, 0x20, 0x60), 8));
        ink.drawLine(40, 150, 560, 50);
    }
    const QString png = designer.dir.path(QStringLiteral("signature.png"));
    REQUIRE(scan.save(png));
    QString error;
    const QString id = ImageImport::fromPath(png, &editor, &error);
    REQUIRE_FALSE(id.isEmpty());
    Design signedDesign = editor.design();
    signedDesign.certificate.signatureImageId = id;
    signedDesign.front.elements << DesignElement::imageElement(QRectF(118, 148, 60, 20), id);
    editor.edit(signedDesign, QStringLiteral("Add signature"));

    // A sponsor's logo dropped from the file manager lands where it was dropped.
    const int before = int(editor.elements().size());
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(QStringLiteral(PODIUM_SOURCE_DIR "/resources/icons/podium.svg"))});
    DesignerView *view = window.canvas()->view();
    const QPoint target = view->mapFromScene(QPointF(250, 20));
    QDragEnterEvent enter(target, Qt::CopyAction, &files, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(target), Qt::CopyAction, &files, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &drop);
    REQUIRE(editor.elements().size() == before + 1);
    CHECK(editor.elements().last().type == DesignElement::Type::Image);
    CHECK(editor.elements().last().imageId == logo().id);
    CHECK(editor.elements().last().box.topLeft().x() == Approx(250).margin(1));
    CHECK(editor.elements().last().box.topLeft().y() == Approx(20).margin(1));

    // Certificates offer the signatory's fields.
    editor.select(2);
    auto *picker = window.findChild<FieldPicker *>();
    CHECK(picker->placeholders().contains(QStringLiteral("{signatory_name}")));
    CHECK(picker->placeholders().contains(QStringLiteral("{verification_code}")));

    DesignPreview *preview = window.preview();
    preview->choose(0);
    CHECK(preview->subject().values.value(QStringLiteral("signatory_name")) == QStringLiteral("Prof. Jane Doe"));
    CHECK_FALSE(preview->subject().values.value(QStringLiteral("issue_date")).isEmpty());
    REQUIRE_FALSE(preview->front().isNull());
    CHECK(preview->front().width() > preview->front().height()); // landscape
    REQUIRE(editor.usedImages().size() == 2); // the signature and the logo
    window.findChild<QDockWidget *>(QStringLiteral("designDock"))->raise();
    screenshot(window, QStringLiteral("designer-certificate"));
    // Saved, it is a certificate design of the event, with its signature.
    Design named = editor.design();
    named.name = QStringLiteral("Attendance certificate");
    editor.edit(named, QStringLiteral("Rename"));
    REQUIRE(window.save());
    const auto stored = DesignRepository(designer.document->store()).byName(QStringLiteral("Attendance certificate"));
    REQUIRE(stored.ok());
    CHECK(stored.value().kind == Design::Kind::Certificate);
    CHECK(stored.value().certificate.signatureImageId == id);
}
