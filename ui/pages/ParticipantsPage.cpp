#include "pages/ParticipantsPage.h"
#include "document/PermissionGate.h"

#include "commands/AddParticipantCommand.h"
#include "commands/ChangeParticipantsCommand.h"
#include "commands/EditParticipantCommand.h"
#include "commands/RemoveParticipantsCommand.h"
#include "dialogs/ExportParticipantsDialog.h"
#include "dialogs/ImportParticipantsWizard.h"
#include "dialogs/EditorHistory.h"
#include "dialogs/ParticipantDialog.h"
#include "model/Vocabulary.h"
#include "models/ParticipantTableModel.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/EmptyState.h"
#include "widgets/FilterScroll.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// Wide enough for the longest label of a closed list ("Patientenorganisation").
template <typename E>
int widestLabel(const QFontMetrics &metrics)
{
    int widest = 0;
    for (E value : Vocabulary<E>::values())
        widest = qMax(widest, metrics.horizontalAdvance(toLabel(value)));
    return widest + 2 * metrics.averageCharWidth();
}

template <typename E>
void fillFilter(QComboBox *box, const QString &all)
{
    box->addItem(all);
    for (E value : Vocabulary<E>::values())
        box->addItem(toLabel(value), int(value));
}

template <typename E>
std::optional<E> chosen(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<E>(E(v.toInt())) : std::nullopt;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

ParticipantsPage::ParticipantsPage(QWidget *parent) : Page(parent), m_model(new ParticipantTableModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, organisation, e-mail or code (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        FilterScroll(m_view, ParticipantTableModel::ParticipantIdRole).apply([this] { m_model->setSearch(m_search->text()); });
    });

    m_category = new QComboBox(this);
    fillFilter<ParticipantCategory>(m_category, tr("All categories"));
    m_status = new QComboBox(this);
    fillFilter<RegistrationStatus>(m_status, tr("Any status"));
    m_checkedIn = new QComboBox(this);
    m_checkedIn->addItem(tr("Arrived or not"));
    m_checkedIn->addItem(tr("Checked in"), true);
    m_checkedIn->addItem(tr("Not checked in"), false);
    for (QComboBox *box : {m_category, m_status, m_checkedIn})
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &ParticipantsPage::applyFilters);
    m_count = new QLabel(this);

    m_addAction = new QAction(tr("&Add…"), this);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setToolTip(tr("Register a new participant (Ctrl+Shift+N)"));
    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setToolTip(tr("Open the selected participant in a form (Enter)"));
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction = new QAction(tr("&Import Participants…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_exportAction = new QAction(tr("E&xport Participants…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_badgesAction = new QAction(tr("Print &Badges"), this);
    m_badgesAction->setToolTip(tr("Print or reprint the badges of the selected participants"));
    connect(m_badgesAction, &QAction::triggered, this, [this] { emit badgesRequested(selectedParticipants()); });
    connect(m_addAction, &QAction::triggered, this, &ParticipantsPage::addParticipant);
    connect(m_editAction, &QAction::triggered, this, &ParticipantsPage::editCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &ParticipantsPage::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, &ParticipantsPage::importParticipants);
    connect(m_exportAction, &QAction::triggered, this, &ParticipantsPage::exportParticipants);
    addAction(m_deleteAction);

    m_setCategory = new QToolButton(this);
    m_setCategory->setText(tr("Set &category"));
    m_setCategory->setPopupMode(QToolButton::InstantPopup);
    m_setStatus = new QToolButton(this);
    m_setStatus->setText(tr("Set s&tatus"));
    m_setStatus->setPopupMode(QToolButton::InstantPopup);
    fillBulkMenus();

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    EmptyState::install(m_view, [this] {
        if (!m_document)
            return QString();
        return m_model->totalCount() > 0
                   ? tr("No participant matches the search and filters. Clear them to see everyone.")
                   : tr("No participants yet. Import a spreadsheet (File ▸ Import Participants…, Ctrl+I) or "
                        "register people one by one (Add…, Ctrl+Shift+N).");
    });
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ParticipantTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new ChoiceDelegate(ParticipantTableModel::ChoicesRole, m_view));
    // Room for typical values, never less than the (translated) column title,
    // and for the closed lists room for their longest (translated) label.
    int widths[] = {180, 200, 115, 80, 85, 235, 105, 95, 90};
    const QFontMetrics metrics = m_view->fontMetrics();
    widths[ParticipantTableModel::TypeColumn] = widestLabel<OrganisationType>(metrics);
    widths[ParticipantTableModel::CategoryColumn] = widestLabel<ParticipantCategory>(metrics);
    widths[ParticipantTableModel::StatusColumn] = widestLabel<RegistrationStatus>(metrics);
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, qMax(widths[c], m_view->horizontalHeader()->sectionSizeHint(c)));
    // Double-click on the name opens the form; Enter too.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(m_model->flags(index) & Qt::ItemIsEditable) && index.column() != ParticipantTableModel::CheckedInColumn)
            editCurrent();
    });
    auto *open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, &ParticipantsPage::editCurrent);
    m_view->addAction(open);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ParticipantsPage::updateActions);
    connect(m_model, &ParticipantTableModel::countsChanged, this, &ParticipantsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateActions);
    // Shown by the main window, like every error of an edit.
    connect(m_model, &ParticipantTableModel::errorOccurred, this, [this](const QString &message) {
        if (m_document)
            m_document->reportError(message);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category);
    filters->addWidget(m_status);
    filters->addWidget(m_checkedIn);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *actions = new QHBoxLayout;
    for (QAction *action : {m_addAction, m_editAction, m_deleteAction})
        actions->addWidget(toolButton(action, this));
    actions->addSpacing(12);
    actions->addWidget(m_setCategory);
    actions->addWidget(m_setStatus);
    actions->addWidget(toolButton(m_badgesAction, this));
    actions->addStretch(1);
    actions->addWidget(toolButton(m_importAction, this));
    actions->addWidget(toolButton(m_exportAction, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    setTabOrder(m_search, m_category);
    setTabOrder(m_category, m_status);
    setTabOrder(m_status, m_checkedIn);
    setTabOrder(m_checkedIn, m_view);
    setDocument(nullptr);
}

QIcon ParticipantsPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("system-users"));
}

void ParticipantsPage::setDocument(EventDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    // A desk login reads the e-mail column empty: not shown at all.
    m_view->setColumnHidden(ParticipantTableModel::EmailColumn, document && !PermissionGate::of(document).maySeeContactDetails());
    updateActions();
}

void ParticipantsPage::fillBulkMenus()
{
    auto *categories = new QMenu(m_setCategory);
    for (ParticipantCategory c : Vocabulary<ParticipantCategory>::values())
        categories->addAction(toLabel(c), this, [this, c] {
            const QList<Participant> before = selectedParticipants();
            if (!before.isEmpty())
                m_document->undoStack()->push(ChangeParticipantsCommand::category(m_document, before, c));
        });
    m_setCategory->setMenu(categories);
    auto *statuses = new QMenu(m_setStatus);
    for (RegistrationStatus s : Vocabulary<RegistrationStatus>::values())
        statuses->addAction(toLabel(s), this, [this, s] {
            const QList<Participant> before = selectedParticipants();
            if (!before.isEmpty())
                m_document->undoStack()->push(ChangeParticipantsCommand::status(m_document, before, s));
        });
    m_setStatus->setMenu(statuses);
}

void ParticipantsPage::applyFilters()
{
    FilterScroll(m_view, ParticipantTableModel::ParticipantIdRole).apply([this] {
        m_model->setCategory(chosen<ParticipantCategory>(m_category));
        m_model->setStatus(chosen<RegistrationStatus>(m_status));
        const QVariant arrived = m_checkedIn->currentData();
        m_model->setCheckedIn(arrived.isValid() ? std::optional<bool>(arrived.toBool()) : std::nullopt);
    });
}

QList<int> ParticipantsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<Participant> ParticipantsPage::selectedParticipants() const
{
    QList<Participant> participants;
    for (int row : selectedRows())
        if (auto r = m_model->loadRow(row))
            participants << r->participant;
    return participants;
}

void ParticipantsPage::updateActions()
{
    const PermissionGate gate = m_document ? PermissionGate::of(m_document) : PermissionGate();
    const auto area = PermissionGate::Area::Participants;
    const int selected = m_view->selectionModel() ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    gate.apply(m_addAction, area);
    gate.apply(m_editAction, area, selected == 1);
    gate.apply(m_deleteAction, area, selected > 0);
    gate.apply(m_setCategory, area, selected > 0);
    gate.apply(m_setStatus, area, selected > 0);
    m_badgesAction->setEnabled(selected > 0);
    gate.apply(m_importAction, area);
    m_exportAction->setEnabled(m_document && PermissionGate::of(m_document).maySeeParticipants());
    m_deleteAction->setText(selected > 1 ? tr("&Delete %n", nullptr, selected) : tr("&Delete"));
}

void ParticipantsPage::updateCount()
{
    const QLocale locale;
    if (!m_document)
        m_count->clear();
    else if (m_model->shownCount() == m_model->totalCount())
        m_count->setText(tr("%1 participants").arg(locale.toString(m_model->totalCount())));
    else
        m_count->setText(tr("Showing %1 of %2 participants")
                             .arg(locale.toString(m_model->shownCount()), locale.toString(m_model->totalCount())));
}

void ParticipantsPage::addParticipant()
{
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return;
    ParticipantRow fresh;
    fresh.participant.registeredAt = QDateTime::currentDateTimeUtc();
    fresh.participant.consentPhoto = true;
    ParticipantDialog dialog(m_document->store(), fresh, tr("Add Participant"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = new AddParticipantCommand(m_document, dialog.row());
    m_document->undoStack()->push(command);
    const int row = m_model->rowOf(command->participantId());
    if (row >= 0)
        m_view->selectRow(row);
}

void ParticipantsPage::editCurrent()
{
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return;
    const auto rows = selectedRows();
    const int row = rows.size() == 1 ? rows.first() : m_view->currentIndex().row();
    if (const auto before = m_model->loadRow(row))
        editParticipant(*before, QString());
}

void ParticipantsPage::editParticipant(const ParticipantRow &before, const QString &refusal)
{
    ParticipantDialog dialog(m_document->store(), before, tr("Edit Participant"), this);
    EditorHistory::addButton(&dialog, m_document, QStringLiteral("participant"), before.participant.id,
                           tr("Histo&ry…"));
    EditorHistory::showRefusal(&dialog, refusal);
    if (dialog.exec() != QDialog::Accepted || dialog.row() == before)
        return;
    m_document->takeRefusal();
    m_document->undoStack()->push(new EditParticipantCommand(m_document, before, dialog.row()));
    // Someone else changed the registration meanwhile: open again on what is there now.
    if (const auto refused = m_document->takeRefusal()) {
        auto participant = m_document->store().participants().byId(before.participant.id);
        auto person = participant ? m_document->store().people().byId(participant->personId)
                                  : Result<Person>::failure(participant.error());
        if (participant && person)
            editParticipant(ParticipantRow{person.value(), participant.value()}, refused->message);
    }
}

void ParticipantsPage::deleteSelected()
{
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return;
    QList<ParticipantRow> rows;
    for (int row : selectedRows())
        if (auto r = m_model->loadRow(row))
            rows << *r;
    if (rows.isEmpty())
        return;
    m_document->undoStack()->push(new RemoveParticipantsCommand(m_document, rows));
}

void ParticipantsPage::importParticipants()
{
    ensureLoaded();
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return;
    ImportParticipantsWizard wizard(m_document, this);
    wizard.exec();
}

void ParticipantsPage::exportParticipants()
{
    ensureLoaded();
    if (!m_document)
        return;
    ExportParticipantsDialog dialog(m_document->store(), m_model->filter(), m_model->currentSort(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->reportDone(dialog.doneMessage(), dialog.writtenPath());
}
