#include "dialogs/PersonPickerDialog.h"

#include "storage/EventStore.h"
#include "storage/PersonRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

PersonPickerDialog::PersonPickerDialog(const EventStore &file, const QString &title, const QString &prompt,
                                       const QString &acceptText, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Name, e-mail or organisation"));
    m_search->setClearButtonEnabled(true);

    m_model->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Organisation")});
    auto people = file.people().all();
    if (people) {
        for (const Person &p : people.value()) {
            auto *name = new QStandardItem(p.sortName().isEmpty() ? tr("(no name)") : p.sortName());
            name->setData(p.id, Qt::UserRole);
            m_model->appendRow({name, new QStandardItem(p.email), new QStandardItem(p.organisation)});
        }
    } else {
        m_loadError = people.error();
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_model->item(row, column)->setEditable(false);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false); // one line per person, long names elided
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(1, 260);
    m_table->setTabKeyNavigation(false);

    m_buttons->button(QDialogButtonBox::Ok)->setText(acceptText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &PersonPickerDialog::setFilterText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PersonPickerDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (selectedPerson())
            accept();
    });
    // Down arrow in the search field moves into the list, as in a search box.
    m_search->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_buttons);
    resize(720, 480);
    m_search->setFocus();
    updateButtons();
}

void PersonPickerDialog::setFilterText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    // A single match is selected at once, so Enter picks it.
    if (m_proxy->rowCount() == 1)
        m_table->selectRow(0);
    updateButtons();
}

bool PersonPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        if (!selectedPerson())
            m_table->selectRow(0);
        m_table->setFocus();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

int PersonPickerDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

std::optional<PersonId> PersonPickerDialog::selectedPerson() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(Qt::UserRole).toLongLong();
}

void PersonPickerDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedPerson().has_value());
}

std::optional<PersonId> PersonPickerDialog::pick(QWidget *parent, const EventStore &file, const QString &title,
                                                 const QString &prompt, const QString &acceptText)
{
    PersonPickerDialog dialog(file, title, prompt, acceptText, parent);
    if (!dialog.loadError().isEmpty()) {
        QMessageBox::warning(parent, title, dialog.loadError());
        return std::nullopt;
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedPerson();
}
