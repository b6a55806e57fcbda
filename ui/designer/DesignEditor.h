#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"

#include <QObject>

class QUndoStack;

// The design open in the designer: a working copy of the value, the side and
// element being edited, the images it may use, and the designer's own undo
// stack. Every change goes through edit(), so that it is one undo step (a
// drag, a resize, a property changed; typing in a field and arrow-key nudges
// of one element merge into one). Saving into the event is the window's job.
class DesignEditor : public QObject
{
    Q_OBJECT
public:
    enum class Side { Front, Back };

    explicit DesignEditor(QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Starts on another design: no undo history; modified when it is not what the event holds
    // (a new or imported design), so that closing asks to save it.
    void load(const Design &design, const QList<DesignImage> &images = {}, bool saved = true);
    bool isModified() const;
    // What was saved is what is shown now.
    void markSaved();

    // One undoable change. Consecutive changes with the same non-empty mergeKey are one step.
    void edit(const Design &after, const QString &text, const QString &mergeKey = QString());
    // Sets the design, the side and the selection without an undo step (undo commands call it).
    void restore(const Design &design, Side side, int selected);

    Side side() const { return m_side; }
    void setSide(Side side);
    const DesignSide &currentSide() const;
    // Elements of the side being edited.
    const QList<DesignElement> &elements() const { return currentSide().elements; }

    // The selected element of the current side, -1 for none.
    int selected() const { return m_selected; }
    void select(int index);
    const DesignElement *selectedElement() const;

    // Edits of the current side's elements, each one undo step.
    void changeElement(int index, const DesignElement &after, const QString &text, const QString &mergeKey = QString());
    // Adds on top of the others and selects it.
    void addElement(const DesignElement &element);
    void removeElement(int index);
    // Moves an element up or down the stack (later elements are drawn on top).
    void moveElement(int from, int to);
    // The side being edited as a whole (its background).
    void changeSide(const DesignSide &after, const QString &text);

    // Images the design can show: those of the event and those added here.
    const QList<DesignImage> &images() const { return m_images; }
    const DesignImage *image(const QString &id) const;
    void addImage(const DesignImage &image);
    // The images the design uses (what saving and exporting carry).
    QList<DesignImage> usedImages() const;

signals:
    // The design changed (an edit, undo, redo or load).
    void designChanged();
    void sideChanged(DesignEditor::Side side);
    void selectionChanged(int index);
    void imagesChanged();

private:
    DesignSide &side(Design &design) const;

    Design m_design;
    QList<DesignImage> m_images;
    QUndoStack *m_undoStack;
    Side m_side = Side::Front;
    int m_selected = -1;
};
