#pragma once

#include "models/RoomTableModel.h"
#include "pages/ModelTablePage.h"

// The rooms, in the order of the timetable's columns: names, capacities and
// locations are edited in place; Move Up/Down changes the column order;
// Room Details opens the room editor (with the room's availability).
class RoomsPage : public ModelTablePage<RoomTableModel>
{
    Q_OBJECT
public:
    explicit RoomsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Rooms"); }

protected:
    void addItem() override;
    void editItem() override;
    void deleteItems() override;
    void updateActions() override;

private:
    void move(int step);
    QAction *m_up;
    QAction *m_down;
    QAction *m_details = nullptr; // the room editor: details and availability
};
