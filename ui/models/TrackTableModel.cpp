#include "models/TrackTableModel.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace {
QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 27, 15), 3, 3);
    return pixmap;
}
} // namespace

TrackTableModel::TrackTableModel(QObject *parent) : ItemTableModel<Track>(parent)
{
}

int TrackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Track &track = itemAt(index.row());
    switch (index.column()) {
    case ColorColumn:
        if (role == Qt::DecorationRole)
            return swatch(track.color);
        if (role == Qt::DisplayRole)
            return track.color.name();
        if (role == Qt::ToolTipRole)
            return tr("Double-click or press Enter to choose another colour.");
        return {};
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? QVariant(track.name) : QVariant();
    case SessionsColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(sessionCountAt(index.row()));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColorColumn: return tr("Colour");
    case NameColumn: return tr("Track");
    case SessionsColumn: return tr("Sessions");
    default: return {};
    }
}

Qt::ItemFlags TrackTableModel::flags(const QModelIndex &index) const
{
    return editableFlags(index, index.column() == NameColumn);
}

bool TrackTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn)
        return false;
    Track track = itemAt(index.row());
    track.name = value.toString().trimmed();
    if (track.name.isEmpty())
        return false;
    return pushUpdate(index.row(), track, tr("Rename Track “%1”").arg(itemAt(index.row()).name));
}

bool TrackTableModel::setColor(int row, const QColor &color)
{
    if (row < 0 || row >= rowCount() || !color.isValid())
        return false;
    Track track = itemAt(row);
    track.color = color;
    return pushUpdate(row, track, tr("Change Colour of Track “%1”").arg(track.name));
}
