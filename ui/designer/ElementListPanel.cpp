#include "designer/ElementListPanel.h"

#include "designer/DesignEditor.h"
#include "designer/ElementLabels.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

ElementListPanel::ElementListPanel(DesignEditor *editor, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("elements"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("E&lements (top first):"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action->menu())
            button->setPopupMode(QToolButton::InstantPopup);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_editor, &DesignEditor::designChanged, this, &ElementListPanel::fill);
    connect(m_editor, &DesignEditor::selectionChanged, this, &ElementListPanel::showSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_filling)
            m_editor->select(row < 0 ? -1 : int(m_editor->elements().size()) - 1 - row);
    });
    fill();
}

int ElementListPanel::rowOf(int index) const
{
    return index < 0 ? -1 : int(m_editor->elements().size()) - 1 - index;
}

void ElementListPanel::fill()
{
    m_filling = true;
    const QList<DesignElement> &elements = m_editor->elements();
    while (m_list->count() > elements.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (int row = 0; row < elements.size(); ++row) {
        const DesignElement &element = elements.at(elements.size() - 1 - row);
        const QString text = ElementLabels::withRule(element);
        if (row < m_list->count())
            m_list->item(row)->setText(text);
        else
            m_list->addItem(text);
    }
    m_list->setCurrentRow(rowOf(m_editor->selected()));
    m_filling = false;
}

void ElementListPanel::showSelection(int index)
{
    m_filling = true;
    m_list->setCurrentRow(rowOf(index));
    m_filling = false;
}
