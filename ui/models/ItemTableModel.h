#pragma once
#include "document/PermissionGate.h"

#include "commands/ItemTraits.h"
#include "commands/UpdateItemsCommand.h"
#include "document/EventDocument.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

// The rows of a small list of rooms or tracks, each with how many sessions
// it holds, read again whenever the document changes. Subclasses give the
// columns; edits go through pushUpdate() and so can be undone.
template <typename T>
class ItemTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setDocument(EventDocument *document)
    {
        if (m_document)
            QObject::disconnect(m_document, nullptr, this, nullptr);
        m_document = document;
        if (m_document)
            QObject::connect(m_document, &EventDocument::changed, this, [this](EventDocument::Parts parts) {
                if (parts & ItemTraits<T>::parts())
                    reload();
            });
        reload();
    }
    EventDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }
    const QList<T> &items() const { return m_items; }
    const T &itemAt(int row) const { return m_items.at(row); }
    qint64 idAt(int row) const { return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0; }
    qint64 sessionCountAt(int row) const { return m_sessionCounts.value(row); }
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_items.size(); ++row)
            if (m_items.at(row).id == id)
                return row;
        return -1;
    }
    bool isWritable() const { return m_document && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Programme); }

    void reload()
    {
        beginResetModel();
        m_items.clear();
        m_sessionCounts.clear();
        if (m_document) {
            const auto repository = ItemTraits<T>::repository(m_document->store());
            auto items = repository.all();
            if (items)
                m_items = items.value();
            else
                m_document->reportError(items.error());
            for (const T &item : std::as_const(m_items)) {
                auto count = repository.sessionCount(item.id);
                m_sessionCounts << (count ? count.value() : 0);
            }
        }
        endResetModel();
    }

protected:
    // Pushes an undoable edit of the item on this row; false when nothing changed.
    bool pushUpdate(int row, const T &after, const QString &text)
    {
        if (!m_document || row < 0 || row >= m_items.size() || m_items.at(row) == after)
            return false;
        m_document->undoStack()->push(new UpdateItemsCommand<T>(m_document, {m_items.at(row)}, {after}, text));
        return true;
    }
    Qt::ItemFlags editableFlags(const QModelIndex &index, bool editable) const
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (editable && isWritable())
            f |= Qt::ItemIsEditable;
        return f;
    }

private:
    QPointer<EventDocument> m_document;
    QList<T> m_items;
    QList<qint64> m_sessionCounts;
};
