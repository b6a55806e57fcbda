#include "widgets/SessionLinksEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { KindColumn, TitleColumn, UrlColumn, TypeColumn };
}

SessionLinksEditor::SessionLinksEditor(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Web address"), tr("Type")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setAccessibleName(tr("Links and attachments"));
    auto *newLink = new QPushButton(tr("New li&nk"), this);
    auto *newAttachment = new QPushButton(tr("New attac&hment"), this);
    auto *remove = new QPushButton(tr("Remo&ve"), this);
    connect(newLink, &QPushButton::clicked, this, [this] { addRow(false, {}); });
    connect(newAttachment, &QPushButton::clicked, this, [this] { addRow(true, {}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newLink);
    buttons->addWidget(newAttachment);
    buttons->addStretch();
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void SessionLinksEditor::setLinks(const QList<SessionLink> &links, const QList<SessionLink> &attachments)
{
    m_table->setRowCount(0);
    for (const SessionLink &link : links)
        addRow(false, link);
    for (const SessionLink &attachment : attachments)
        addRow(true, attachment);
}

void SessionLinksEditor::addRow(bool attachment, const SessionLink &link)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    kind->addItem(tr("Link"));
    kind->addItem(tr("Attachment"));
    kind->setCurrentIndex(attachment ? 1 : 0);
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setItem(row, TitleColumn, new QTableWidgetItem(link.title));
    m_table->setItem(row, UrlColumn, new QTableWidgetItem(link.url));
    m_table->setItem(row, TypeColumn, new QTableWidgetItem(link.type));
    m_table->setCurrentCell(row, link.url.isEmpty() ? UrlColumn : TitleColumn);
}

QList<SessionLink> SessionLinksEditor::rows(bool attachment) const
{
    QList<SessionLink> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *kind = qobject_cast<const QComboBox *>(m_table->cellWidget(row, KindColumn));
        if ((kind && kind->currentIndex() == 1) != attachment)
            continue;
        auto text = [&](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString(); };
        if (!text(UrlColumn).isEmpty())
            out << SessionLink{text(UrlColumn), text(TitleColumn), text(TypeColumn)};
    }
    return out;
}

QList<SessionLink> SessionLinksEditor::links() const
{
    return rows(false);
}

QList<SessionLink> SessionLinksEditor::attachments() const
{
    return rows(true);
}
