#pragma once

#include <functional>

#include "pages/Page.h"

#include <QList>
#include <QPointer>

class EventDocument;
class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QTableView;
class QUndoCommand;
class QVBoxLayout;

// A page that lists items in a table with Add, Edit and Delete buttons:
// Insert or Ctrl+N adds, F2 or Enter edits, Delete deletes. The selection
// survives reloads (undo, edits elsewhere) by the items' ids.
class TablePage : public Page
{
    Q_OBJECT
public:
    explicit TablePage(QWidget *parent = nullptr);
    void setDocument(EventDocument *document) override;

    QTableView *table() const { return m_table; }
    QAction *addItemAction() const { return m_add; }
    QAction *editItemAction() const { return m_edit; }
    QAction *deleteItemAction() const { return m_delete; }
    // The rows selected in the table, in order.
    QList<int> selectedRows() const;
    void selectRows(const QList<int> &rows);

signals:
    void documentSet();

protected:
    EventDocument *document() const { return m_document; }
    bool isWritable() const;
    // Called after the base class stored the document (models take it here).
    virtual void documentChanged() = 0;
    virtual void addItem() = 0;
    virtual void editItem() = 0;
    virtual void deleteItems() = 0;
    virtual qint64 idAt(int row) const = 0;
    virtual int rowOf(qint64 id) const = 0;
    // Enables the actions for the selection; subclasses extend it.
    virtual void updateActions();

    // What an empty table says to do next (asked again each time it becomes empty).
    void setEmptyText(std::function<QString()> text);
    // Call once the model is set: the header row then gets its buttons.
    void setModel(QAbstractItemModel *model);
    // A button for this action in the row above the table.
    void addButton(QAction *action);
    // A widget at the right end of the button row (search box, filter).
    void addToToolRow(QWidget *widget, int stretch = 0);
    QVBoxLayout *pageLayout() const { return m_layout; }
    // Pushes an undoable edit; false when it failed (the stack then deleted
    // the command, which must not be used any more).
    bool push(QUndoCommand *command);
    // Selects the item with this id and opens the editor of its cell in this column (after Add).
    void startEditing(qint64 id, int column);
    // Asks before a deletion; true to go on.
    bool confirm(const QString &title, const QString &text);

    bool event(QEvent *event) override;

private:
    QAction *makeAction(const QString &text, const QKeySequence &key, void (TablePage::*slot)());
    void rememberSelection();
    void restoreSelection();

    QPointer<EventDocument> m_document;
    QVBoxLayout *m_layout;
    QHBoxLayout *m_buttonRow; // left: the buttons
    QHBoxLayout *m_extraRow;  // right: search, filters
    QTableView *m_table;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
    QList<qint64> m_rememberedIds;
    qint64 m_rememberedCurrent = 0;
    int m_rememberedColumn = 0;
};
