#pragma once

#include "models/ItemTableModel.h"
#include "model/Room.h"

// Rooms in timetable order: name, capacity and location are edited in place.
class RoomTableModel : public ItemTableModel<Room>
{
    Q_OBJECT
public:
    enum Column { NameColumn, CapacityColumn, LocationColumn, SessionsColumn, ColumnCount };
    explicit RoomTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Moves the room on this row to another place in the timetable (undoable);
    // false when it cannot move there.
    bool moveRoom(int row, int targetRow);
};
