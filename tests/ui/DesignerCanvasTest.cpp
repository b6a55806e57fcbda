// The designer's canvas as a user meets it: an element dragged with the
// mouse snaps to its neighbours and to the label's centre, resizes by its
// handles, and moves by 0.5 mm (5 mm with Shift) with the arrow keys.
#include "support/TestSupport.h"

#include "designer/DesignSnapper.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/ElementItem.h"

#include <QSignalSpy>
#include <QTest>

namespace {
struct Canvas
{
    DesignerScene scene;
    DesignerView view{&scene};
    ElementItem *a = nullptr;
    ElementItem *b = nullptr;

    Canvas()
    {
        scene.setLabelSize(QSizeF(100, 60));
        scene.setGrid(0); // the tests place by hand; grid snapping has its own case
        a = new ElementItem(0, QRectF(10, 10, 30, 10));
        b = new ElementItem(1, QRectF(60, 40, 20, 10));
        scene.addItem(a);
        scene.addItem(b);
        view.resize(900, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setZoom(2);
    }

    QPoint at(QPointF mm) const { return view.mapFromScene(mm); }

    void drag(QPointF fromMm, QPointF toMm, Qt::KeyboardModifiers modifiers = {})
    {
        const QPoint from = at(fromMm), to = at(toMm);
        QTest::mousePress(view.viewport(), Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(view.viewport(), from + (to - from) * step / 4);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, modifiers, to);
    }
};
} // namespace

TEST_CASE("The snapper pulls edges and centres to the label and to other elements")
{
    DesignSnapper snapper(QSizeF(100, 60), 5, 1);
    snapper.setOthers({QRectF(60, 40, 20, 10)});

    // The centre (x 50.3) lands on the label's centre line.
    auto moved = snapper.move(QRectF(40.3, 21.7, 20, 10));
    CHECK(moved.rect.center().x() == Approx(50));
    CHECK(moved.rect.top() == Approx(20)); // no line near: the 5 mm grid
    CHECK(moved.guides.size() == 1);

    // The right edge (59.4) meets the other element's left edge (60); its top (39.2) meets the other's top.
    moved = snapper.move(QRectF(29.4, 39.2, 30, 5));
    CHECK(moved.rect.right() == Approx(60));
    CHECK(moved.rect.top() == Approx(40));
    CHECK(moved.guides.size() == 2);

    // Resizing snaps only the dragged edge, and never below the minimum size.
    auto resized = snapper.resize(QRectF(10, 10, 49.3, 10), DesignSnapper::Right);
    CHECK(resized.rect.left() == Approx(10));
    CHECK(resized.rect.right() == Approx(60));
    resized = snapper.resize(QRectF(10, 10, -5, 10), DesignSnapper::Right);
    CHECK(resized.rect.width() >= DesignSnapper::minimumSize);

    // Off: kept as given.
    snapper.setEnabled(false);
    CHECK(snapper.move(QRectF(40.3, 21.7, 20, 10)).rect == QRectF(40.3, 21.7, 20, 10));
}

TEST_CASE("Dragging an element moves it, snapping to the other element, as one edit")
{
    Canvas c;
    QSignalSpy edited(&c.scene, &DesignerScene::geometryEdited);
    // Grab a in its middle (25, 15) and drop it so that its right edge comes near b's left edge (60).
    c.drag(QPointF(25, 15), QPointF(25 + 19.6, 15 + 12.2));
    REQUIRE(edited.size() == 1);
    CHECK(edited.at(0).at(0).toInt() == 0);
    CHECK(edited.at(0).at(1).toRectF() == QRectF(10, 10, 30, 10));
    const QRectF after = edited.at(0).at(2).toRectF();
    CHECK(after.right() == Approx(60));
    CHECK(after.width() == Approx(30));
    CHECK(c.a->rect() == after);
    CHECK(c.scene.selectedElement() == c.a);
    CHECK(c.scene.guides().isEmpty()); // the guides go with the drag

    // With Alt held nothing snaps.
    c.drag(after.center(), after.center() + QPointF(0.6, 0));
    CHECK(c.a->rect().right() == Approx(60)); // snapped back to b's edge
    c.drag(c.a->rect().center(), c.a->rect().center() + QPointF(0.6, 0), Qt::AltModifier);
    CHECK(c.a->rect().right() == Approx(60.6));
}

TEST_CASE("Dragging a handle resizes the element")
{
    Canvas c;
    c.scene.selectElement(0);
    QSignalSpy edited(&c.scene, &DesignerScene::geometryEdited);
    // The bottom-right handle from (40, 20) to (50.2, 30.3): the right edge meets the centre line.
    c.drag(QPointF(40, 20), QPointF(50.2, 30.3));
    REQUIRE(edited.size() == 1);
    const QRectF after = c.a->rect();
    CHECK(after.topLeft() == QPointF(10, 10));
    CHECK(after.right() == Approx(50));
    CHECK(after.bottom() == Approx(30)); // the label's middle line
}

TEST_CASE("Arrow keys nudge the selected element by half a millimetre, Shift by five")
{
    Canvas c;
    c.scene.selectElement(1);
    c.view.setFocus();
    QSignalSpy edited(&c.scene, &DesignerScene::elementNudged);
    QTest::keyClick(c.view.viewport(), Qt::Key_Right);
    QTest::keyClick(&c.view, Qt::Key_Right);
    QTest::keyClick(&c.view, Qt::Key_Up, Qt::ShiftModifier);
    CHECK(edited.size() == 3);
    CHECK(c.b->rect() == QRectF(61, 35, 20, 10));
    CHECK(c.a->rect() == QRectF(10, 10, 30, 10));
}
