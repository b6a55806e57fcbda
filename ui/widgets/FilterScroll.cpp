#include "widgets/FilterScroll.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSet>

void FilterScroll::apply(const std::function<void()> &applyFilter) const
{
    QItemSelectionModel *selection = m_view->selectionModel();
    QSet<qint64> selectedIds;
    qint64 currentId = 0;
    int currentColumn = 0;
    if (selection) {
        for (const QModelIndex &index : selection->selectedRows())
            selectedIds.insert(index.data(m_idRole).toLongLong());
        if (selection->currentIndex().isValid()) {
            currentId = selection->currentIndex().siblingAtColumn(0).data(m_idRole).toLongLong();
            currentColumn = selection->currentIndex().column();
        }
    }
    applyFilter();
    selection = m_view->selectionModel();
    if (!selection || (selectedIds.isEmpty() && currentId == 0)) {
        m_view->scrollToTop();
        return;
    }
    const QAbstractItemModel *model = m_view->model();
    QItemSelection kept;
    QModelIndex current;
    // The rows the view holds now (a paged model: the first page, where the top is).
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const qint64 id = index.data(m_idRole).toLongLong();
        if (selectedIds.contains(id))
            kept.select(index, index.siblingAtColumn(model->columnCount() - 1));
        if (currentId != 0 && id == currentId)
            current = index.siblingAtColumn(currentColumn);
    }
    selection->select(kept, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_view->scrollToTop(); // last: making a row current scrolls to it
}
