#include "models/PersonTableModel.h"
#include "document/PermissionGate.h"

#include "commands/UpdateItemsCommand.h"
#include "document/EventDocument.h"

#include <QLocale>
#include <QUndoStack>

namespace {
// The text columns that may be edited in the table itself.
QString Person::*editableMember(int column)
{
    switch (column) {
    case PersonTableModel::OrganisationColumn: return &Person::organisation;
    case PersonTableModel::PositionColumn: return &Person::position;
    case PersonTableModel::EmailColumn: return &Person::email;
    case PersonTableModel::CountryColumn: return &Person::country;
    default: return nullptr;
    }
}
} // namespace

PersonTableModel::PersonTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void PersonTableModel::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &EventDocument::changed, this,
                [this](EventDocument::Parts parts, const EventDocument::ChangedRows &rows) {
                    if (!(parts & (EventDocument::PeoplePart | EventDocument::SessionsPart | EventDocument::ParticipantsPart)))
                        return;
                    // Another window's edit of known rows: read again what is shown, in place.
                    const bool named = !rows.ids.isEmpty()
                        && (!(parts & EventDocument::PeoplePart) || rows.knows(EventDocument::PeoplePart))
                        && (!(parts & EventDocument::SessionsPart) || rows.knows(EventDocument::SessionsPart))
                        && (!(parts & EventDocument::ParticipantsPart) || rows.knows(EventDocument::ParticipantsPart));
                    if (named)
                        refresh();
                    else
                        reload();
                });
    reload();
}

void PersonTableModel::setSearch(const QString &search)
{
    if (search == m_query.search)
        return;
    m_query.search = search;
    reload();
}

void PersonTableModel::setScope(PersonDirectory::Scope scope)
{
    if (scope == m_query.scope)
        return;
    m_query.scope = scope;
    reload();
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    static const PersonDirectory::SortKey keys[ColumnCount] = {
        PersonDirectory::SortKey::Name,     PersonDirectory::SortKey::Organisation,
        PersonDirectory::SortKey::OrganisationType, PersonDirectory::SortKey::Position,
        PersonDirectory::SortKey::Email,    PersonDirectory::SortKey::Country,
        PersonDirectory::SortKey::Sessions};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void PersonTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_ids.clear();
    if (m_document) {
        auto ids = PersonDirectory(m_document->store()).ids(m_query);
        if (ids)
            m_ids = ids.value();
        else
            m_document->reportError(ids.error());
    }
    endResetModel();
}

void PersonTableModel::refresh()
{
    if (!m_document)
        return reload();
    auto ids = PersonDirectory(m_document->store()).ids(m_query);
    if (!ids || ids.value() != m_ids)
        return reload(); // people came, went or moved in the order
    m_pages.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
}

const PersonSummary *PersonTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_document)
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (m_pages.size() >= maxCachedPages)
            m_pages.clear(); // bounded memory when scrolling through a huge list
        auto rows = PersonDirectory(m_document->store()).summaries(m_ids.mid(page * pageSize, pageSize));
        it = m_pages.insert(page, rows ? rows.value() : QList<PersonSummary>());
    }
    const int offset = row % pageSize;
    // A person removed by another program since the ids were read: nothing to show.
    if (offset >= it->size() || it->at(offset).person.id != m_ids.at(row))
        return nullptr;
    return &it->at(offset);
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonTableModel::text(const PersonSummary &s, int column) const
{
    const Person &p = s.person;
    switch (column) {
    case NameColumn: return p.displayName().isEmpty() ? tr("(no name)") : p.displayName();
    case OrganisationTypeColumn: return toLabel(p.organisationType);
    case SessionsColumn: return s.sessionCount ? QLocale().toString(s.sessionCount) : QString();
    default: return p.*editableMember(column);
    }
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == PersonIdRole)
        return idAt(index.row());
    const PersonSummary *summary = summaryAt(index.row());
    if (!summary)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*summary, index.column());
    case Qt::EditRole:
        if (QString Person::*member = editableMember(index.column()))
            return summary->person.*member;
        return text(*summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && summary->registered)
            return tr("%1 is registered for the event.").arg(summary->person.fullName());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SessionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case OrganisationColumn: return tr("Organisation");
    case OrganisationTypeColumn: return tr("Type");
    case PositionColumn: return tr("Position");
    case EmailColumn: return tr("Email");
    case CountryColumn: return tr("Country");
    case SessionsColumn: return tr("Sessions");
    default: return {};
    }
}

Qt::ItemFlags PersonTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && editableMember(index.column()) && m_document && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Programme))
        f |= Qt::ItemIsEditable;
    return f;
}

bool PersonTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    QString Person::*member = editableMember(index.column());
    const PersonSummary *summary = summaryAt(index.row());
    if (role != Qt::EditRole || !member || !summary || !m_document)
        return false;
    const Person before = summary->person;
    Person after = before;
    after.*member = value.toString().trimmed();
    if (after == before)
        return false;
    m_document->undoStack()->push(new UpdateItemsCommand<Person>(
        m_document, {before}, {after}, tr("Edit Person “%1”").arg(before.displayName())));
    return true;
}
