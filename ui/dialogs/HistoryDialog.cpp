#include "dialogs/HistoryDialog.h"
#include "document/PermissionGate.h"

#include "commands/RevertChangeCommand.h"
#include "document/EventDocument.h"
#include "history/ChangeFormatter.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EventFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int shownAtMost = 5000;
}

HistoryDialog::HistoryDialog(EventDocument *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("History"));
    build();
}

HistoryDialog::HistoryDialog(EventDocument *document, const QString &table, qint64 rowId, QWidget *parent)
    : QDialog(parent), m_document(document), m_table(table), m_rowId(rowId)
{
    setWindowTitle(tr("History of this %1").arg(ChangeFormatter::tableLabel(table)));
    build();
}

void HistoryDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    if (!m_rowId) {
        auto *filters = new QHBoxLayout;
        m_tableFilter = new QComboBox(this);
        m_tableFilter->addItem(tr("Everything"), QString());
        for (const char *table : {"session", "person", "participant", "room", "track", "event"})
            m_tableFilter->addItem(ChangeFormatter::tableLabel(QString::fromLatin1(table)), QString::fromLatin1(table));
        auto *tableLabel = new QLabel(tr("&Show:"), this);
        tableLabel->setBuddy(m_tableFilter);
        m_authorFilter = new QComboBox(this);
        auto *authorLabel = new QLabel(tr("&By:"), this);
        authorLabel->setBuddy(m_authorFilter);
        filters->addWidget(tableLabel);
        filters->addWidget(m_tableFilter);
        filters->addWidget(authorLabel);
        filters->addWidget(m_authorFilter, 1);
        layout->addLayout(filters);
        connect(m_tableFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::reload);
        connect(m_authorFilter, &QComboBox::currentIndexChanged, this, &HistoryDialog::reload);
    }
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_revert = buttons->addButton(tr("&Revert This Change"), QDialogButtonBox::ActionRole);
    m_revert->setEnabled(false);
    connect(m_revert, &QPushButton::clicked, this, &HistoryDialog::revertSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
        m_revert->setEnabled(row >= 0 && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Programme)
                             && m_records.at(row).kind == ChangeRecord::Kind::Update);
    });
    layout->addWidget(buttons);
    connect(m_document, &EventDocument::changed, this, &HistoryDialog::reload);
    // The event closed (another one opened): this history is no longer anyone's.
    connect(m_document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        close();
    });
    resize(900, 500);
    reload();
}

void HistoryDialog::reload()
{
    if (!m_document)
        return;
    const ChangeLogRepository history(m_document->store());
    if (m_authorFilter) {
        const QString chosen = m_authorFilter->currentData().toString();
        const QSignalBlocker block(m_authorFilter);
        m_authorFilter->clear();
        m_authorFilter->addItem(tr("Everybody"), QString());
        const auto authors = history.authors();
        for (const QString &author : authors ? authors.value() : QStringList())
            m_authorFilter->addItem(author, author);
        m_authorFilter->setCurrentIndex(std::max(0, m_authorFilter->findData(chosen)));
    }
    ChangeFilter filter;
    filter.table = m_tableFilter ? m_tableFilter->currentData().toString() : m_table;
    filter.rowId = m_rowId;
    filter.author = m_authorFilter ? m_authorFilter->currentData().toString() : QString();
    filter.limit = shownAtMost;
    auto records = history.list(filter);
    m_records = records ? records.value() : QList<ChangeRecord>();
    std::reverse(m_records.begin(), m_records.end());
    const ChangeFormatter words = history.formatter();
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    for (const ChangeRecord &r : std::as_const(m_records)) {
        const QString name = r.kind == ChangeRecord::Kind::Update ? words.name(r.table, r.rowId) : QString();
        const QString what = name.isEmpty()
                                 ? tr("%1 %2").arg(ChangeFormatter::tableLabel(r.table)).arg(r.rowId)
                                 : tr("%1 “%2”").arg(ChangeFormatter::tableLabel(r.table), name);
        items << new QTreeWidgetItem(QStringList{words.when(r.at), ChangeFormatter::author(r), what, words.change(r)});
    }
    m_list->addTopLevelItems(items);
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    m_revert->setEnabled(false);
}

void HistoryDialog::revertSelected()
{
    if (m_list->currentItem())
        revertEntry(m_list->indexOfTopLevelItem(m_list->currentItem()));
}

void HistoryDialog::revertEntry(int index)
{
    if (index < 0 || index >= m_records.size())
        return;
    const ChangeRecord record = m_records.at(index);
    const ChangeFormatter words = ChangeLogRepository(m_document->store()).formatter();
    m_document->undoStack()->push(new RevertChangeCommand(
        m_document, record,
        tr("Revert %1 of %2 %3").arg(ChangeFormatter::fieldLabel(record.field), ChangeFormatter::tableLabel(record.table))
            .arg(record.rowId)));
}
