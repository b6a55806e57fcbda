#include "pages/TracksPage.h"

#include "commands/InsertItemCommand.h"
#include "commands/RemoveItemCommand.h"
#include "models/TrackTableModel.h"

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QTableView>

TracksPage::TracksPage(QWidget *parent) : ModelTablePage<TrackTableModel>(parent)
{
    setEmptyText([] {
        return tr("No tracks yet. Add the themes of your event (Add, or the Insert key): sessions of a track share its colour on "
                  "the timetable and on printed posters.");
    });
    m_color = new QAction(tr("C&olour…"), this);
    m_color->setToolTip(tr("Choose the track's colour (or press Enter on the colour)"));
    addAction(m_color);
    addButton(m_color);
    connect(m_color, &QAction::triggered, this, &TracksPage::chooseColor);
    table()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(TrackTableModel::ColorColumn, 110);
    header->setSectionResizeMode(TrackTableModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(TrackTableModel::SessionsColumn, 90);
    header->setStretchLastSection(false);
}



void TracksPage::updateActions()
{
    TablePage::updateActions();
    m_color->setEnabled(isWritable() && selectedRows().size() == 1);
}

QColor TracksPage::unusedColor() const
{
    // Distinct, print-friendly colours; the first one no track has yet.
    static const char *const palette[] = {"#4a90d9", "#e07b39", "#5aa469", "#c94f7c", "#8e6cc7",
                                          "#d4a72c", "#3fa7a3", "#b65c4a", "#6b8e23", "#7f8c8d"};
    for (const char *name : palette) {
        const QColor color(QString::fromLatin1(name));
        bool used = false;
        for (const Track &t : model()->items())
            used = used || t.color == color;
        if (!used)
            return color;
    }
    return QColor(QString::fromLatin1(palette[model()->rowCount() % std::size(palette)]));
}

void TracksPage::addItem()
{
    Track track;
    track.name = tr("New track");
    track.color = unusedColor();
    auto *command = new InsertItemCommand<Track>(document(), track, tr("Add Track"));
    if (push(command))
        startEditing(command->item().id, TrackTableModel::NameColumn);
}

void TracksPage::editItem()
{
    const QModelIndex index = table()->currentIndex();
    if (!index.isValid())
        return;
    if (index.column() == TrackTableModel::ColorColumn) {
        chooseColor();
        return;
    }
    const QModelIndex name = index.siblingAtColumn(TrackTableModel::NameColumn);
    table()->setCurrentIndex(name);
    table()->edit(name);
}

void TracksPage::chooseColor()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !isWritable())
        return;
    const Track &track = model()->itemAt(rows.first());
    const QColor color = QColorDialog::getColor(track.color, this, tr("Colour of “%1”").arg(track.name));
    if (color.isValid())
        model()->setColor(rows.first(), color);
}

void TracksPage::deleteItems()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    qint64 sessions = 0;
    QList<qint64> ids;
    for (int row : rows) {
        sessions += model()->sessionCountAt(row);
        ids << model()->itemAt(row).id;
    }
    const QString name = model()->itemAt(rows.first()).name;
    if (sessions > 0
        && !confirm(tr("Delete Tracks"),
                    tr("%n session(s) will lose their track; they stay in the programme.\n\n"
                       "Delete the selected tracks? You can undo this.",
                       nullptr, int(sessions))))
        return;
    RemoveItemCommand<Track>::pushAll(document(), ids,
                                      rows.size() == 1 ? tr("Delete Track “%1”").arg(name)
                                                       : tr("Delete %n Tracks", nullptr, int(rows.size())));
}
