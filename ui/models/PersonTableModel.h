#pragma once

#include "storage/PersonDirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class EventDocument;

// The People page's table. It holds only the ids of the matching people in
// order and reads the rows on screen in small pages, so that a list of
// 100,000 participants opens and scrolls at once. Organisation, position,
// email and country can be edited in place (an undoable edit).
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OrganisationColumn, OrganisationTypeColumn, PositionColumn, EmailColumn,
                  CountryColumn, SessionsColumn, ColumnCount };
    enum { PersonIdRole = Qt::UserRole + 1 };

    explicit PersonTableModel(QObject *parent = nullptr);

    void setDocument(EventDocument *document);
    void setSearch(const QString &search);
    void setScope(PersonDirectory::Scope scope);
    PersonDirectory::Scope scope() const { return m_query.scope; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    PersonId idAt(int row) const { return m_ids.value(row); }
    int rowOf(PersonId id) const { return int(m_ids.indexOf(id)); }
    // The person on this row as stored (null when the row does not exist).
    const PersonSummary *summaryAt(int row) const;
    // Reads the list again (after an edit, or when the search changed).
    void reload();
    // Reads the shown rows again without a reset (the view keeps its place),
    // unless the list itself changed.
    void refresh();

private:
    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 100;
    QString text(const PersonSummary &summary, int column) const;

    QPointer<EventDocument> m_document;
    PersonDirectory::Query m_query;
    QList<PersonId> m_ids;
    mutable QHash<int, QList<PersonSummary>> m_pages; // page number -> rows
};
