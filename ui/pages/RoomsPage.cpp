#include "pages/RoomsPage.h"

#include "commands/InsertItemCommand.h"
#include "commands/RemoveItemCommand.h"
#include "dialogs/AvailabilityImportExport.h"
#include "dialogs/RoomEditorDialog.h"
#include "models/RoomTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

RoomsPage::RoomsPage(QWidget *parent) : ModelTablePage<RoomTableModel>(parent)
{
    setEmptyText([] {
        return tr("No rooms yet. Add each room of the venue with its capacity (Add, or the Insert key), or import a schedule "
                  "(File ▸ Import Schedule…), which brings its rooms.");
    });
    m_up = new QAction(tr("Move &Up"), this);
    m_down = new QAction(tr("Move Do&wn"), this);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *action : {m_up, m_down}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2): the order of the timetable's columns")
                               .arg(action->text().remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        addButton(action);
    }
    m_details = new QAction(tr("Room De&tails…"), this);
    m_details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_details->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_details->setToolTip(tr("Name, seats, location and when the room is available (%1)")
                              .arg(m_details->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_details);
    addButton(m_details);
    connect(m_details, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.size() == 1 && document())
            RoomEditorDialog::editRoom(this, document(), model()->itemAt(rows.first()).id);
    });
    connect(m_up, &QAction::triggered, this, [this] { move(-1); });
    for (QAction *action : AvailabilityImportExport::createActions(this, [this] { return document(); }))
        addButton(action);
    connect(m_down, &QAction::triggered, this, [this] { move(+1); });
    table()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(RoomTableModel::NameColumn, QHeaderView::Interactive);
    header->resizeSection(RoomTableModel::NameColumn, 260);
    header->resizeSection(RoomTableModel::CapacityColumn, 90);
    header->setSectionResizeMode(RoomTableModel::LocationColumn, QHeaderView::Stretch);
    header->resizeSection(RoomTableModel::SessionsColumn, 90);
    header->setStretchLastSection(false);
}



void RoomsPage::updateActions()
{
    TablePage::updateActions();
    const QList<int> rows = selectedRows();
    const bool one = isWritable() && rows.size() == 1;
    m_up->setEnabled(one && rows.first() > 0);
    m_down->setEnabled(one && rows.first() < model()->rowCount() - 1);
    if (m_details)
        m_details->setEnabled(rows.size() == 1);
}

void RoomsPage::addItem()
{
    Room room;
    room.name = tr("New room");
    for (const Room &r : model()->items())
        room.position = qMax(room.position, r.position + 1);
    auto *command = new InsertItemCommand<Room>(document(), room, tr("Add Room"));
    if (push(command))
        startEditing(command->item().id, RoomTableModel::NameColumn);
}

void RoomsPage::editItem()
{
    QModelIndex index = table()->currentIndex();
    if (!index.isValid())
        return;
    if (!(model()->flags(index) & Qt::ItemIsEditable))
        index = index.siblingAtColumn(RoomTableModel::NameColumn);
    table()->setCurrentIndex(index);
    table()->edit(index);
}

void RoomsPage::deleteItems()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    qint64 sessions = 0;
    for (int row : rows)
        sessions += model()->sessionCountAt(row);
    const QString what = rows.size() == 1 ? tr("the room “%1”").arg(model()->itemAt(rows.first()).name)
                                          : tr("%n rooms", nullptr, int(rows.size()));
    if (sessions > 0
        && !confirm(tr("Delete Rooms"),
                    tr("%n session(s) in %1 will become unscheduled: they keep their time but lose their room, "
                       "and wait in the list of unscheduled sessions.\n\nDelete %1? You can undo this.",
                       nullptr, int(sessions))
                        .arg(what)))
        return;
    QList<qint64> ids;
    for (int row : rows)
        ids << model()->itemAt(row).id;
    RemoveItemCommand<Room>::pushAll(document(), ids,
                                     rows.size() == 1 ? tr("Delete Room “%1”").arg(model()->itemAt(rows.first()).name)
                                                      : tr("Delete %n Rooms", nullptr, int(rows.size())));
}

void RoomsPage::move(int step)
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1)
        return;
    const int target = rows.first() + step;
    if (model()->moveRoom(rows.first(), target))
        selectRows({target});
}
