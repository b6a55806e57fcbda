#include "pages/TablePage.h"
#include "document/PermissionGate.h"

#include "document/EventDocument.h"
#include "widgets/EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
bool isCtrlN(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    return static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_N);
}
} // namespace

TablePage::TablePage(QWidget *parent) : Page(parent)
{
    m_layout = new QVBoxLayout(this);
    auto *toolRow = new QHBoxLayout;
    m_buttonRow = new QHBoxLayout;
    m_extraRow = new QHBoxLayout;
    toolRow->addLayout(m_buttonRow);
    toolRow->addStretch();
    toolRow->addLayout(m_extraRow);
    m_layout->addLayout(toolRow);
    m_table = new QTableView(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: keyboard users reach the buttons
    m_layout->addWidget(m_table, 1);

    m_add = makeAction(tr("&Add"), QKeySequence(Qt::Key_Insert), &TablePage::addItem);
    m_edit = makeAction(tr("&Edit"), QKeySequence(Qt::Key_F2), &TablePage::editItem);
    m_delete = makeAction(tr("&Delete"), QKeySequence::Delete, &TablePage::deleteItems);
    m_add->setToolTip(tr("Add (Insert or Ctrl+N)"));
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_edit->trigger(); });
}

QAction *TablePage::makeAction(const QString &text, const QKeySequence &key, void (TablePage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    // Only while the page has the focus: other pages use the same keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                     key.toString(QKeySequence::NativeText)));
    addAction(action);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (isWritable() || slot != &TablePage::addItem)
            (this->*slot)();
    });
    return action;
}

void TablePage::setModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &TablePage::updateActions);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TablePage::rememberSelection);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::restoreSelection);
    for (QAction *action : {m_add, m_edit, m_delete})
        addButton(action);
}

void TablePage::setEmptyText(std::function<QString()> text)
{
    auto *empty = EmptyState::install(m_table, [this, text = std::move(text)] { return document() ? text() : QString(); });
    connect(this, &TablePage::documentSet, empty, &EmptyState::update);
}

void TablePage::addButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    m_buttonRow->addWidget(button);
}

void TablePage::addToToolRow(QWidget *widget, int stretch)
{
    m_extraRow->addWidget(widget, stretch);
}

void TablePage::setDocument(EventDocument *document)
{
    m_document = document;
    documentChanged();
    updateActions();
    emit documentSet();
}

bool TablePage::isWritable() const
{
    return m_document && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Programme);
}

void TablePage::updateActions()
{
    const int selected = int(selectedRows().size());
    m_add->setEnabled(isWritable());
    m_edit->setEnabled(isWritable() && selected == 1);
    m_delete->setEnabled(isWritable() && selected > 0);
}

QList<int> TablePage::selectedRows() const
{
    QList<int> rows;
    if (!m_table->selectionModel())
        return rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TablePage::selectRows(const QList<int> &rows)
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection)
        return;
    QItemSelection items;
    for (int row : rows)
        if (row >= 0 && row < m_table->model()->rowCount())
            items.select(m_table->model()->index(row, 0), m_table->model()->index(row, 0));
    selection->select(items, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty() && rows.first() >= 0 && rows.first() < m_table->model()->rowCount()) {
        const QModelIndex current = m_table->model()->index(rows.first(), m_rememberedColumn);
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(current);
    }
    updateActions();
}

void TablePage::rememberSelection()
{
    m_rememberedIds.clear();
    for (int row : selectedRows())
        m_rememberedIds << idAt(row);
    const QModelIndex current = m_table->currentIndex();
    m_rememberedCurrent = current.isValid() ? idAt(current.row()) : 0;
    m_rememberedColumn = current.isValid() ? current.column() : 0;
}

void TablePage::restoreSelection()
{
    QList<int> rows;
    if (m_rememberedCurrent && rowOf(m_rememberedCurrent) >= 0)
        rows << rowOf(m_rememberedCurrent);
    for (qint64 id : std::as_const(m_rememberedIds))
        if (int row = rowOf(id); row >= 0 && !rows.contains(row))
            rows << row;
    selectRows(rows);
}

bool TablePage::push(QUndoCommand *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    QUndoStack *stack = m_document->undoStack();
    stack->push(command);
    return stack->index() > 0 && stack->command(stack->index() - 1) == command;
}

void TablePage::startEditing(qint64 id, int column)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    selectRows({row});
    const QModelIndex index = m_table->model()->index(row, column);
    m_table->setCurrentIndex(index);
    m_table->edit(index);
}

bool TablePage::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool TablePage::event(QEvent *event)
{
    // Ctrl+N is also File ▸ New: while this page has the focus it adds an
    // item instead (claimed before the window's shortcut sees it).
    if (isCtrlN(event)) {
        event->accept();
        if (event->type() == QEvent::KeyPress && m_add->isEnabled())
            m_add->trigger();
        return true;
    }
    return Page::event(event);
}
