#pragma once

#include <QGraphicsView>

class DesignerScene;

// Shows the label at its true size on this screen (millimetres to pixels by
// the screen's resolution) times the zoom. Arrow keys nudge the selected
// element by 0.5 mm, with Shift by 5 mm; Ctrl and the wheel, Ctrl+plus and
// Ctrl+minus zoom.
class DesignerView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DesignerView(DesignerScene *scene, QWidget *parent = nullptr);

    DesignerScene *designerScene() const { return m_scene; }
    // 1 is the true size.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    // Shows the whole label in the view.
    void zoomToFit();
    // The zoom zoomToFit() would choose.
    qreal zoomFitting() const;
    // Screen pixels per millimetre at zoom 1.
    qreal truePixelsPerMm() const;

    static constexpr qreal nudgeMm = 0.5;
    static constexpr qreal bigNudgeMm = 5;

signals:
    void zoomChanged(qreal zoom);
    // Image files (logos, a map, a signature) dropped on the label at this point (millimetres).
    void filesDropped(const QStringList &paths, const QPointF &at);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyZoom();
    DesignerScene *m_scene;
    qreal m_zoom = 1;
};
