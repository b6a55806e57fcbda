#include "models/RoomTableModel.h"

#include <QLocale>

RoomTableModel::RoomTableModel(QObject *parent) : ItemTableModel<Room>(parent)
{
}

int RoomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Room &room = itemAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn: return room.name;
        case CapacityColumn:
            if (role == Qt::EditRole)
                return room.capacity;
            return room.capacity > 0 ? QLocale().toString(room.capacity) : QString();
        case LocationColumn: return room.location;
        case SessionsColumn: return QLocale().toString(sessionCountAt(index.row()));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CapacityColumn || index.column() == SessionsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CapacityColumn)
        return tr("Seats in the room; leave 0 when unknown.");
    return {};
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the column number in the timetable
    switch (section) {
    case NameColumn: return tr("Room");
    case CapacityColumn: return tr("Capacity");
    case LocationColumn: return tr("Location");
    case SessionsColumn: return tr("Sessions");
    default: return {};
    }
}

Qt::ItemFlags RoomTableModel::flags(const QModelIndex &index) const
{
    return editableFlags(index, index.column() != SessionsColumn);
}

bool RoomTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Room room = itemAt(index.row());
    QString text;
    switch (index.column()) {
    case NameColumn:
        room.name = value.toString().trimmed();
        if (room.name.isEmpty())
            return false; // a room needs a name: keep the old one
        text = tr("Rename Room “%1”").arg(itemAt(index.row()).name);
        break;
    case CapacityColumn:
        room.capacity = qMax(0, value.toInt());
        text = tr("Change Capacity of “%1”").arg(room.name);
        break;
    case LocationColumn:
        room.location = value.toString().trimmed();
        text = tr("Change Location of “%1”").arg(room.name);
        break;
    default: return false;
    }
    return pushUpdate(index.row(), room, text);
}

bool RoomTableModel::moveRoom(int row, int targetRow)
{
    if (!document() || row < 0 || targetRow < 0 || row >= rowCount() || targetRow >= rowCount() || row == targetRow)
        return false;
    QList<Room> order = items();
    const QString name = order.at(row).name;
    order.move(row, targetRow);
    // Positions become 0, 1, 2... so that the order is explicit even in files where they were all equal.
    QList<Room> before;
    QList<Room> after;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position == i)
            continue;
        before << order.at(i);
        after << order.at(i);
        after.last().position = i;
    }
    const QString text = targetRow < row ? tr("Move Room “%1” Up").arg(name) : tr("Move Room “%1” Down").arg(name);
    document()->undoStack()->push(new UpdateItemsCommand<Room>(document(), before, after, text));
    return true;
}
