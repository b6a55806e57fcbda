#include "designer/DesignCanvas.h"

#include "designer/DesignEditor.h"
#include "designer/DesignerScene.h"
#include "designer/DesignerView.h"
#include "designer/ElementLabels.h"

#include <QVBoxLayout>

DesignCanvas::DesignCanvas(DesignEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_scene(new DesignerScene(this)), m_view(new DesignerView(m_scene, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(m_editor, &DesignEditor::designChanged, this, &DesignCanvas::rebuild);
    connect(m_editor, &DesignEditor::selectionChanged, this, &DesignCanvas::showSelection);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        const ElementItem *item = m_scene->selectedElement();
        m_editor->select(item ? item->index() : -1);
    });
    connect(m_scene, &DesignerScene::geometryEdited, this, [this](int index, const QRectF &before, const QRectF &after) {
        if (index >= int(m_editor->elements().size()))
            return;
        DesignElement element = m_editor->elements().at(index);
        element.box = after;
        m_editor->changeElement(index, element, before.size() == after.size() ? tr("Move element") : tr("Resize element"));
    });
    connect(m_scene, &DesignerScene::elementNudged, this, [this](int index, const QRectF &, const QRectF &after) {
        if (index >= int(m_editor->elements().size()))
            return;
        DesignElement element = m_editor->elements().at(index);
        element.box = after;
        // Nudges of one element in a row are one undo step, as typing is.
        m_editor->changeElement(index, element, tr("Move element"), QStringLiteral("nudge %1").arg(index));
    });
    rebuild();
}

void DesignCanvas::setElementPainter(ElementPainter painter)
{
    m_painter = std::move(painter);
    refresh();
}

void DesignCanvas::refresh()
{
    rebuild();
}

void DesignCanvas::rebuild()
{
    m_syncing = true;
    const Design &design = m_editor->design();
    m_scene->setLabelSize(design.size);
    m_scene->setLabelColor(m_editor->currentSide().background);
    const QList<DesignElement> &elements = m_editor->elements();
    QList<ElementItem *> items = m_scene->elementItems();
    // Items are reused by index, so that the one under the mouse or with the focus stays.
    while (items.size() > elements.size())
        delete items.takeLast();
    for (int i = 0; i < elements.size(); ++i) {
        const DesignElement &element = elements.at(i);
        ElementItem *item = i < items.size() ? items.at(i) : nullptr;
        if (!item) {
            item = new ElementItem(i, element.box);
            m_scene->addItem(item);
        }
        item->setRect(element.box);
        item->setCaption(ElementLabels::withRule(element));
        if (m_painter)
            item->setContentPainter([painter = m_painter, element](QPainter &p, const QRectF &rect) {
                // The item paints from its own corner; while resizing, at its size of the moment.
                DesignElement shown = element;
                shown.box = QRectF(element.box.topLeft(), rect.size());
                p.translate(-shown.box.topLeft());
                return painter(p, shown);
            });
        item->update();
    }
    showSelection(m_editor->selected());
    m_syncing = false;
}

void DesignCanvas::showSelection(int index)
{
    const bool wasSyncing = m_syncing;
    m_syncing = true;
    m_scene->selectElement(index);
    m_syncing = wasSyncing;
}
