#include "models/ParticipantTableModel.h"
#include "document/PermissionGate.h"

#include "commands/CheckInCommand.h"
#include "commands/EditParticipantCommand.h"
#include "document/EventDocument.h"
#include "io/FieldValueParser.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"
#include "util/LocaleFormat.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QFont>
#include <QPalette>
#include <QUndoStack>

namespace {
ParticipantField sortFieldOf(int column)
{
    switch (column) {
    case ParticipantTableModel::OrganisationColumn: return ParticipantField::Organisation;
    case ParticipantTableModel::TypeColumn: return ParticipantField::OrganisationType;
    case ParticipantTableModel::CategoryColumn: return ParticipantField::Category;
    case ParticipantTableModel::StatusColumn: return ParticipantField::Status;
    case ParticipantTableModel::EmailColumn: return ParticipantField::Email;
    case ParticipantTableModel::CodeColumn: return ParticipantField::Code;
    case ParticipantTableModel::ConsentColumn: return ParticipantField::ConsentList;
    case ParticipantTableModel::CheckedInColumn: return ParticipantField::CheckedIn;
    default: return ParticipantField::LastName;
    }
}

template <typename E>
QVariantList choices()
{
    QVariantList list;
    for (E value : Vocabulary<E>::values())
        list << QVariant(QStringList{toLabel(value), toKey(value)});
    return list;
}
} // namespace

ParticipantTableModel::ParticipantTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ParticipantTableModel::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &EventDocument::changed, this,
                [this](EventDocument::Parts parts, const EventDocument::ChangedRows &rows) {
                    if (!(parts & (EventDocument::ParticipantsPart | EventDocument::PeoplePart | EventDocument::EventPart)))
                        return;
                    const auto known = [&](EventDocument::Part part) { return !(parts & part) || rows.knows(part); };
                    if (!(parts & EventDocument::EventPart) && known(EventDocument::ParticipantsPart)
                        && known(EventDocument::PeoplePart))
                        refreshRows(rows.of(EventDocument::ParticipantsPart), rows.of(EventDocument::PeoplePart));
                    else
                        refresh();
                });
    }
    reload();
}

void ParticipantTableModel::setSearch(const QString &text)
{
    if (m_filter.search == text.simplified())
        return;
    m_filter.search = text.simplified();
    reload();
}

void ParticipantTableModel::setCategory(std::optional<ParticipantCategory> category)
{
    m_filter.category = category;
    reload();
}

void ParticipantTableModel::setStatus(std::optional<RegistrationStatus> status)
{
    m_filter.status = status;
    reload();
}

void ParticipantTableModel::setCheckedIn(std::optional<bool> checkedIn)
{
    m_filter.checkedIn = checkedIn;
    reload();
}

void ParticipantTableModel::sort(int column, Qt::SortOrder order)
{
    m_sort.field = sortFieldOf(column);
    m_sort.descending = order == Qt::DescendingOrder;
    reload();
}

ParticipantTableModel::Item ParticipantTableModel::itemFrom(const ParticipantRow &row)
{
    Item item;
    item.id = row.participant.id;
    item.personId = row.person.id;
    item.name = row.person.sortName();
    item.organisation = row.person.organisation;
    item.email = row.person.email;
    item.code = row.participant.code;
    item.checkedIn = row.participant.checkedIn;
    item.organisationType = row.person.organisationType;
    item.category = row.participant.category;
    item.status = row.participant.status;
    item.consentList = row.participant.consentList;
    item.consentPhoto = row.participant.consentPhoto;
    return item;
}

bool ParticipantTableModel::fetch(const QVariantList &after, int limit, std::vector<Item> &into)
{
    QElapsedTimer timer;
    timer.start();
    auto page = ParticipantTableQuery(m_document->store(), m_filter, m_sort).page(after, limit);
    if (!page) {
        emit errorOccurred(page.error());
        return false;
    }
    into.reserve(into.size() + size_t(page->rows.size()));
    for (const ParticipantRow &row : std::as_const(page->rows))
        into.push_back(itemFrom(row));
    if (!page->rows.isEmpty())
        m_lastKey = page->lastKey;
    m_slowestFetchMs = qMax(m_slowestFetchMs, timer.nsecsElapsed() / 1e6);
    return true;
}

void ParticipantTableModel::updateCounts()
{
    m_shown = m_total = 0;
    if (m_document) {
        auto total = m_document->store().participants().count();
        m_total = total ? total.value() : 0;
        const bool filtered = !m_filter.search.isEmpty() || m_filter.category || m_filter.status || m_filter.checkedIn;
        if (filtered) {
            auto shown = ParticipantTableQuery(m_document->store(), m_filter).count();
            m_shown = shown ? shown.value() : 0;
        } else {
            m_shown = m_total; // every registration has its person (foreign key): no join to count
        }
        auto event = m_document->store().event().load();
        m_timeZone = event ? event->timeZoneId : QByteArray("UTC");
    }
    emit countsChanged();
}

void ParticipantTableModel::reload()
{
    beginResetModel();
    m_items.clear();
    m_items.shrink_to_fit();
    m_lastKey.clear();
    updateCounts();
    if (m_document)
        fetch({}, pageSize, m_items);
    endResetModel();
}

void ParticipantTableModel::refresh()
{
    if (!m_document)
        return reload();
    const qint64 shownBefore = m_shown;
    updateCounts();
    std::vector<Item> fresh;
    const int wanted = qMax(int(m_items.size()), pageSize);
    m_lastKey.clear();
    if (!fetch({}, wanted, fresh))
        return;
    const bool sameRows = m_shown == shownBefore && fresh.size() == m_items.size()
        && std::equal(fresh.begin(), fresh.end(), m_items.begin(),
                      [](const Item &a, const Item &b) { return a.id == b.id; });
    if (!sameRows) {
        // Rows came or went: keep as many rows fetched as before, so the view stays where it was.
        beginResetModel();
        m_items = std::move(fresh);
        endResetModel();
        return;
    }
    m_items = std::move(fresh);
    if (!m_items.empty())
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

void ParticipantTableModel::refreshRows(const QSet<qint64> &participants, const QSet<qint64> &people)
{
    // Rows that came, went or left the filter change the count: then the
    // fetched range is read again (refresh keeps the view where it was).
    const qint64 shownBefore = m_shown;
    const qint64 totalBefore = m_total;
    updateCounts();
    if (m_shown != shownBefore || m_total != totalBefore)
        return refresh();
    // Otherwise only the rows shown here are read again, in place: a
    // 100,000-row list keeps its scroll position and selection. (A row
    // whose sort key changed stays where it is until the list is sorted
    // or filtered again.)
    for (size_t i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (!participants.contains(item.id) && !people.contains(item.personId))
            continue;
        const auto row = loadById(item.id);
        if (!row)
            return refresh(); // deleted while another came: read the range again
        item = itemFrom(*row);
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ParticipantTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_document && qint64(m_items.size()) < m_shown;
}

void ParticipantTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Item> more;
    if (!fetch(m_lastKey, pageSize, more) || more.empty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_items));
    endInsertRows();
}

ParticipantId ParticipantTableModel::participantId(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].id : 0;
}

int ParticipantTableModel::rowOf(ParticipantId id) const
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

std::optional<ParticipantRow> ParticipantTableModel::loadRow(int row) const
{
    if (!m_document || row < 0 || row >= int(m_items.size()))
        return std::nullopt;
    return loadById(m_items[size_t(row)].id);
}

std::optional<ParticipantRow> ParticipantTableModel::loadById(ParticipantId id) const
{
    auto participant = m_document->store().participants().byId(id);
    if (!participant)
        return std::nullopt;
    auto person = m_document->store().people().byId(participant->personId);
    if (!person)
        return std::nullopt;
    return ParticipantRow{person.value(), participant.value()};
}

QString ParticipantTableModel::checkedInText(const Item &item) const
{
    if (!item.checkedIn.isValid())
        return {};
    // In the interface language: "Fri 09:11", "ven. 09:11", "Fr. 09:11".
    return LocaleFormat::dayAndTime(item.checkedIn.toTimeZone(QTimeZone(m_timeZone)));
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item &item = m_items[size_t(index.row())];
    if (role == ParticipantIdRole)
        return item.id;
    if (role == PersonIdRole)
        return item.personId;
    if (role == ChoicesRole) {
        switch (index.column()) {
        case TypeColumn: return choices<OrganisationType>();
        case CategoryColumn: return choices<ParticipantCategory>();
        case StatusColumn: return choices<RegistrationStatus>();
        default: return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == CheckedInColumn)
        return item.checkedIn.isValid() ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && item.status == RegistrationStatus::Cancelled)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::FontRole) {
        QFont f;
        if (index.column() == CodeColumn)
            f.setFamily(QStringLiteral("monospace"));
        f.setStrikeOut(item.status == RegistrationStatus::Cancelled);
        return f;
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case TypeColumn: return toKey(item.organisationType);
        case CategoryColumn: return toKey(item.category);
        case StatusColumn: return toKey(item.status);
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn: return item.name;
    case OrganisationColumn: return item.organisation;
    case TypeColumn: return toLabel(item.organisationType);
    case CategoryColumn: return toLabel(item.category);
    case StatusColumn: return toLabel(item.status);
    case EmailColumn: return item.email;
    case CodeColumn: return item.code;
    case ConsentColumn:
        if (item.consentList && item.consentPhoto)
            return tr("Lists, photos");
        if (item.consentList)
            return tr("Lists");
        if (item.consentPhoto)
            return tr("Photos");
        return tr("None");
    case CheckedInColumn: return checkedInText(item);
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case OrganisationColumn: return tr("Organisation");
    case TypeColumn: return tr("Type");
    case CategoryColumn: return tr("Category");
    case StatusColumn: return tr("Status");
    case EmailColumn: return tr("E-mail");
    case CodeColumn: return tr("Code");
    case ConsentColumn: return tr("Consent");
    case CheckedInColumn: return tr("Checked in");
    }
    return {};
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_document)
        return f;
    // A desk checks people in without changing their registrations.
    if (index.column() == CheckedInColumn)
        return PermissionGate::of(m_document).mayEdit(PermissionGate::Area::CheckIn) ? f | Qt::ItemIsUserCheckable : f;
    if (!PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return f;
    switch (index.column()) {
    case OrganisationColumn:
    case TypeColumn:
    case CategoryColumn:
    case StatusColumn:
    case EmailColumn:
        return f | Qt::ItemIsEditable;
    case CheckedInColumn:
        return f | Qt::ItemIsUserCheckable;
    default:
        return f;
    }
}

bool ParticipantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !m_document)
        return false;
    const auto before = loadRow(index.row());
    if (!before)
        return false;
    QUndoStack *undo = m_document->undoStack();
    if (role == Qt::CheckStateRole && index.column() == CheckedInColumn) {
        const bool checked = value.toInt() == Qt::Checked;
        undo->push(new CheckInCommand(m_document, before->participant.id, before->participant.checkedIn,
                                      checked ? QDateTime::currentDateTimeUtc() : QDateTime(),
                                      before->person.displayName()));
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    ParticipantRow after = *before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case OrganisationColumn:
        after.person.organisation = text;
        break;
    case EmailColumn:
        if (!text.isEmpty() && !FieldValueParser::isEmailAddress(text)) {
            emit errorOccurred(tr("“%1” is not an e-mail address.").arg(text));
            return false;
        }
        after.person.email = text;
        break;
    case TypeColumn:
        after.person.organisationType = Vocabulary<OrganisationType>::fromKey(text).value_or(after.person.organisationType);
        break;
    case CategoryColumn:
        after.participant.category = Vocabulary<ParticipantCategory>::fromKey(text).value_or(after.participant.category);
        break;
    case StatusColumn:
        after.participant.status = Vocabulary<RegistrationStatus>::fromKey(text).value_or(after.participant.status);
        break;
    default:
        return false;
    }
    if (after == *before)
        return false;
    undo->push(new EditParticipantCommand(m_document, *before, after));
    return true;
}
