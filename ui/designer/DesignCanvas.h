#pragma once

#include "designer/ElementItem.h"

#include <QWidget>

class DesignEditor;
class DesignerScene;
class DesignerView;
struct DesignElement;

// The designer's canvas: the side being edited drawn at true size, its
// elements kept in step with the editor both ways (a drag becomes an edit of
// the design; an edit, undo or redo moves the items).
class DesignCanvas : public QWidget
{
    Q_OBJECT
public:
    // Paints one element's content for the canvas (the renderer, with a participant's values),
    // on a painter in the side's millimetres; false when it shows nothing for that participant.
    using ElementPainter = std::function<bool(QPainter &painter, const DesignElement &element)>;

    explicit DesignCanvas(DesignEditor *editor, QWidget *parent = nullptr);

    DesignerScene *scene() const { return m_scene; }
    DesignerView *view() const { return m_view; }
    void setElementPainter(ElementPainter painter);
    // Draws the elements again (the preview participant changed).
    void refresh();

private:
    void rebuild();
    void showSelection(int index);

    DesignEditor *m_editor;
    DesignerScene *m_scene;
    DesignerView *m_view;
    ElementPainter m_painter;
    bool m_syncing = false;
};
