#pragma once

#include <QWidget>

class DesignEditor;
class QListWidget;
class QToolButton;
class QAction;

// The elements of the side being edited, the one drawn on top first (as
// layers are listed): choosing one selects it on the canvas, so that every
// element can be reached from the keyboard. The add, remove and reorder
// buttons are the window's actions.
class ElementListPanel : public QWidget
{
    Q_OBJECT
public:
    ElementListPanel(DesignEditor *editor, const QList<QAction *> &actions, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    void fill();
    void showSelection(int index);
    int rowOf(int index) const;

    DesignEditor *m_editor;
    QListWidget *m_list;
    bool m_filling = false;
};
