#pragma once

#include "schedule/ScheduleSnapshot.h"

#include <QAbstractTableModel>
#include <QSet>

// All sessions as rows (title, day, time, room, track, people, status) for
// the Sessions page. Sorting by day or time uses the start time; sessions
// not scheduled sort last.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, DayColumn, TimeColumn, RoomColumn, TrackColumn, PeopleColumn, StatusColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SessionTableModel(QObject *parent = nullptr);
    void setSnapshot(const ScheduleSnapshot &snapshot, const QSet<SessionId> &inConflict);
    SessionId idAt(int row) const;
    int rowOf(SessionId id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Session session;
        QString day;
        QString time;
        QString room;
        QString track;
        QColor trackColour;
        QString people;
        bool conflict = false;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortKey(const Row &row, int column) const;
    QList<Row> m_rows;
};
