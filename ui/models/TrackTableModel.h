#pragma once

#include "models/ItemTableModel.h"
#include "model/Track.h"

// Tracks with their colour (shown as a swatch) and name, edited in place.
class TrackTableModel : public ItemTableModel<Track>
{
    Q_OBJECT
public:
    enum Column { ColorColumn, NameColumn, SessionsColumn, ColumnCount };
    explicit TrackTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Gives the track on this row a new colour (undoable).
    bool setColor(int row, const QColor &color);
};
