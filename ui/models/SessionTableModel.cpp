#include "models/SessionTableModel.h"
#include "util/LocaleFormat.h"

#include <QIcon>
#include <QLocale>
#include <QPixmap>

#include <limits>

SessionTableModel::SessionTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SessionTableModel::setSnapshot(const ScheduleSnapshot &snapshot, const QSet<SessionId> &inConflict)
{
    beginResetModel();
    m_rows.clear();
    const auto people = snapshot.rolesBySession();
    const QLocale locale;
    for (const Session &s : snapshot.sessions) {
        Row row;
        row.session = s;
        if (s.start.isValid()) {
            const QDateTime local = snapshot.event.toLocal(s.start);
            row.day = LocaleFormat::day(local.date(), locale);
            row.time = QStringLiteral("%1–%2").arg(LocaleFormat::time(local.time(), locale),
                                                   LocaleFormat::time(local.addSecs(qint64(s.durationMinutes) * 60).time(), locale));
        } else {
            row.day = tr("Not scheduled");
            row.time = tr("%n min", nullptr, s.durationMinutes);
        }
        const Room *room = s.roomId ? snapshot.room(*s.roomId) : nullptr;
        row.room = room ? room->name : QString();
        const Track *track = s.trackId ? snapshot.track(*s.trackId) : nullptr;
        row.track = track ? track->name : QString();
        row.trackColour = track ? track->color : QColor();
        QStringList names;
        for (const ScheduleSnapshot::Participation *p : people.value(s.id))
            names << p->name;
        row.people = names.join(QStringLiteral(", "));
        row.conflict = inConflict.contains(s.id);
        m_rows << row;
    }
    endResetModel();
}

SessionId SessionTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].session.id : 0;
}

int SessionTableModel::rowOf(SessionId id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].session.id == id)
            return i;
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case SortRole: return sortKey(row, index.column());
    case IdRole: return row.session.id;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn && row.conflict ? tr("This session has a conflict: see the Programme page.")
                                                             : QVariant();
    case Qt::ForegroundRole:
        return index.column() == TitleColumn && row.conflict ? QColor(0xc0, 0x18, 0x18) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == TrackColumn && row.trackColour.isValid()) {
            QPixmap swatch(12, 12);
            swatch.fill(row.trackColour);
            return QIcon(swatch);
        }
        return {};
    default: return {};
    }
}

QVariant SessionTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case TitleColumn: return row.conflict ? QStringLiteral("⚠ ") + row.session.title : row.session.title;
    case DayColumn: return row.day;
    case TimeColumn: return row.time;
    case RoomColumn: return row.room;
    case TrackColumn: return row.track;
    case PeopleColumn: return row.people;
    case StatusColumn: return toLabel(row.session.status);
    default: return {};
    }
}

QVariant SessionTableModel::sortKey(const Row &row, int column) const
{
    switch (column) {
    case DayColumn:
    case TimeColumn:
        return row.session.start.isValid() ? row.session.start.toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    case StatusColumn: return int(row.session.status);
    case TitleColumn: return row.session.title.toLower();
    default: return display(row, column).toString().toLower();
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Title");
    case DayColumn: return tr("Day");
    case TimeColumn: return tr("Time");
    case RoomColumn: return tr("Room");
    case TrackColumn: return tr("Track");
    case PeopleColumn: return tr("Speakers");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
