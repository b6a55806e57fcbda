#include "designer/DesignEditor.h"

#include "designer/DesignChangeCommand.h"

#include <QUndoStack>

DesignEditor::DesignEditor(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
}

void DesignEditor::load(const Design &design, const QList<DesignImage> &images, bool saved)
{
    m_undoStack->clear();
    m_design = design;
    m_images = images;
    m_side = Side::Front;
    m_selected = -1;
    m_undoStack->setClean();
    if (!saved)
        m_undoStack->resetClean();
    emit imagesChanged();
    emit sideChanged(m_side);
    emit designChanged();
    emit selectionChanged(m_selected);
}

bool DesignEditor::isModified() const
{
    return !m_undoStack->isClean();
}

void DesignEditor::markSaved()
{
    m_undoStack->setClean();
}

void DesignEditor::edit(const Design &after, const QString &text, const QString &mergeKey)
{
    if (after == m_design)
        return;
    m_undoStack->push(new DesignChangeCommand(this, m_design, after, m_selected, text, mergeKey));
}

void DesignEditor::restore(const Design &design, Side side, int selected)
{
    const bool sideMoved = side != m_side;
    m_design = design;
    m_side = side;
    if (sideMoved)
        emit sideChanged(m_side);
    m_selected = selected < int(currentSide().elements.size()) ? selected : -1;
    emit designChanged();
    emit selectionChanged(m_selected);
}

void DesignEditor::setSide(Side side)
{
    if (side == m_side)
        return;
    m_side = side;
    m_selected = -1;
    emit sideChanged(m_side);
    emit designChanged();
    emit selectionChanged(m_selected);
}

DesignSide &DesignEditor::side(Design &design) const
{
    return m_side == Side::Back ? design.back : design.front;
}

const DesignSide &DesignEditor::currentSide() const
{
    return m_side == Side::Back ? m_design.back : m_design.front;
}

void DesignEditor::select(int index)
{
    if (index < -1 || index >= int(elements().size()))
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    emit selectionChanged(m_selected);
}

const DesignElement *DesignEditor::selectedElement() const
{
    return m_selected >= 0 ? &elements().at(m_selected) : nullptr;
}

void DesignEditor::changeElement(int index, const DesignElement &after, const QString &text, const QString &mergeKey)
{
    if (index < 0 || index >= int(elements().size()))
        return;
    Design changed = m_design;
    side(changed).elements[index] = after;
    if (changed == m_design)
        return;
    m_undoStack->push(new DesignChangeCommand(this, m_design, changed, index, text, mergeKey));
}

void DesignEditor::addElement(const DesignElement &element)
{
    Design changed = m_design;
    side(changed).elements.append(element);
    m_undoStack->push(new DesignChangeCommand(this, m_design, changed, int(side(changed).elements.size()) - 1,
                                              tr("Add element"), QString()));
}

void DesignEditor::removeElement(int index)
{
    if (index < 0 || index >= int(elements().size()))
        return;
    Design changed = m_design;
    side(changed).elements.removeAt(index);
    m_undoStack->push(new DesignChangeCommand(this, m_design, changed, -1, tr("Remove element"), QString()));
}

void DesignEditor::moveElement(int from, int to)
{
    const int count = int(elements().size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    Design changed = m_design;
    side(changed).elements.move(from, to);
    m_undoStack->push(new DesignChangeCommand(this, m_design, changed, to,
                                              to > from ? tr("Bring forward") : tr("Send backward"), QString()));
}

void DesignEditor::changeSide(const DesignSide &after, const QString &text)
{
    Design changed = m_design;
    side(changed) = after;
    edit(changed, text);
}

const DesignImage *DesignEditor::image(const QString &id) const
{
    for (const DesignImage &image : m_images)
        if (image.id == id)
            return &image;
    return nullptr;
}

void DesignEditor::addImage(const DesignImage &image)
{
    if (this->image(image.id))
        return;
    m_images.append(image);
    emit imagesChanged();
}

QList<DesignImage> DesignEditor::usedImages() const
{
    QList<DesignImage> used;
    for (const QString &id : m_design.imageIds())
        if (const DesignImage *found = image(id))
            used.append(*found);
    return used;
}
