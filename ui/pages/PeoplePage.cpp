#include "pages/PeoplePage.h"
#include "document/PermissionGate.h"

#include "commands/InsertItemCommand.h"
#include "document/EventDocument.h"
#include "commands/MergePeopleCommand.h"
#include "commands/RemoveItemCommand.h"
#include "dialogs/AvailabilityImportExport.h"
#include "commands/SetAvailabilityCommand.h"
#include "commands/UpdateItemsCommand.h"
#include "dialogs/MergePeopleDialog.h"
#include "dialogs/EditorHistory.h"
#include "dialogs/PersonEditorDialog.h"
#include "model/Event.h"
#include "models/PersonTableModel.h"
#include "storage/EventRepository.h"
#include "storage/SessionRepository.h"
#include "util/LocaleFormat.h"
#include "widgets/FilterScroll.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopeGuard>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

PeoplePage::PeoplePage(QWidget *parent) : ModelTablePage<PersonTableModel>(parent)
{
    setEmptyText([this] {
        return m_search && !m_search->text().trimmed().isEmpty()
                   ? tr("Nobody matches “%1”. Clear the search to see everyone.").arg(m_search->text().trimmed())
                   : tr("No people yet. Speakers and chairs come with their sessions, participants with their "
                        "registrations; add anyone else here (Add, or the Insert key).");
    });
    m_merge = new QAction(tr("&Merge…"), this);
    m_merge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_merge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_merge->setToolTip(tr("Merge the selected people, who are the same person (Ctrl+M)"));
    addAction(m_merge);
    addButton(m_merge);
    connect(m_merge, &QAction::triggered, this, &PeoplePage::mergeSelected);
    for (QAction *action : AvailabilityImportExport::createActions(this, [this] { return document(); }))
        addButton(action);
    createFilters();

    table()->setEditTriggers(QAbstractItemView::SelectedClicked);
    QHeaderView *header = table()->horizontalHeader();
    table()->verticalHeader()->hide();
    const int widths[] = {190, 200, 130, 180, 200, 60, 60};
    for (int column = 0; column < PersonTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column]);
    header->setStretchLastSection(false);
    createSessionPane();
    // Only now: sorting reloads the model, which updates the session list.
    table()->setSortingEnabled(true);
    table()->sortByColumn(PersonTableModel::NameColumn, Qt::AscendingOrder);
    setTabOrder(m_search, table());
    setTabOrder(table(), m_sessions);
    showSessions();
}

void PeoplePage::createFilters()
{
    m_count = new QLabel(this);
    addToToolRow(m_count);
    auto *scopeLabel = new QLabel(tr("S&how:"), this);
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("Speakers, chairs and contacts"), int(PersonDirectory::Scope::ProgrammeAndContacts));
    m_scope->addItem(tr("Only people with a session role"), int(PersonDirectory::Scope::WithRole));
    m_scope->addItem(tr("Everyone, with all participants"), int(PersonDirectory::Scope::Everyone));
    m_scope->setToolTip(tr("“Speakers, chairs and contacts” leaves out participants who only registered."));
    scopeLabel->setBuddy(m_scope);
    addToToolRow(scopeLabel);
    addToToolRow(m_scope);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search people (Ctrl+F)"));
    m_search->setToolTip(tr("Finds people whose name, title, organisation, position, email or country contains "
                            "every word typed."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    addToToolRow(m_search);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // Searching 100,000 people on every key press would stutter: wait for a pause.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        FilterScroll(table(), PersonTableModel::PersonIdRole).apply([this] { model()->setSearch(m_search->text()); });
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { model()->setScope(PersonDirectory::Scope(m_scope->currentData().toInt())); });
    connect(model(), &QAbstractItemModel::modelReset, this, &PeoplePage::updateCount);
}

void PeoplePage::createSessionPane()
{
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 6, 0, 0);
    m_sessionsTitle = new QLabel(below);
    m_sessions = new QTreeWidget(below);
    m_sessions->setRootIsDecorated(false);
    m_sessions->setAlternatingRowColors(true);
    m_sessions->setHeaderLabels({tr("When"), tr("Session"), tr("Role"), tr("Room")});
    m_sessions->header()->resizeSection(0, 200);
    m_sessions->header()->resizeSection(1, 420);
    m_sessions->header()->resizeSection(2, 110);
    m_sessionsTitle->setBuddy(m_sessions);
    belowLayout->addWidget(m_sessionsTitle);
    belowLayout->addWidget(m_sessions);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    pageLayout()->removeWidget(table());
    splitter->addWidget(table());
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    pageLayout()->addWidget(splitter, 1);
}

void PeoplePage::documentChanged()
{
    ModelTablePage::documentChanged();
    // A desk or viewer login reads the e-mail column empty: not shown at all.
    table()->setColumnHidden(PersonTableModel::EmailColumn, document() && !PermissionGate::of(document()).maySeeContactDetails());
    showSessions();
}


void PeoplePage::updateActions()
{
    TablePage::updateActions();
    m_merge->setEnabled(isWritable() && selectedRows().size() >= 2);
    showSessions();
}

void PeoplePage::updateCount()
{
    m_count->setText(tr("%n people", nullptr, model()->rowCount()));
}

QList<Person> PeoplePage::selectedPeople() const
{
    QList<Person> people;
    for (int row : selectedRows())
        if (const PersonSummary *s = model()->summaryAt(row))
            people << s->person;
    return people;
}

void PeoplePage::showSessions()
{
    m_sessions->clear();
    const QList<Person> people = selectedPeople();
    if (people.size() != 1 || !document()) {
        m_sessionsTitle->setText(people.size() > 1 ? tr("%n people selected", nullptr, int(people.size()))
                                                   : tr("Select a person to see their sessions."));
        return;
    }
    const Person &person = people.first();
    const EventStore &file = document()->store();
    auto roles = file.people().roles(person.id);
    auto event = file.event().load();
    auto rooms = file.rooms().all();
    if (!roles || !event || !rooms)
        return;
    QHash<RoomId, QString> roomNames;
    for (const Room &room : rooms.value())
        roomNames.insert(room.id, room.name);
    const QLocale locale;
    for (const SessionRole &role : roles.value()) {
        auto session = file.sessions().byId(role.sessionId);
        if (!session)
            continue;
        QString when = tr("Not scheduled");
        if (session->isScheduled()) {
            const QDateTime start = event->toLocal(session->start);
            when = tr("%1, %2–%3").arg(LocaleFormat::day(start.date(), locale), LocaleFormat::time(start.time(), locale),
                                       LocaleFormat::time(event->toLocal(session->end()).time(), locale));
        }
        auto *item = new QTreeWidgetItem(m_sessions, {when, session->title, toLabel(role.role),
                                                      session->roomId ? roomNames.value(*session->roomId) : QString()});
        item->setToolTip(1, session->title);
    }
    m_sessionsTitle->setText(roles->isEmpty() ? tr("%1 has no part in any session.").arg(person.displayName())
                                              : tr("&Sessions of %1:").arg(person.displayName()));
}

void PeoplePage::addItem()
{
    PersonEditorDialog dialog(document()->store(), Person(), tr("Add Person"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Person person = dialog.person();
    const QString text = tr("Add Person “%1”").arg(person.displayName());
    auto *command = new InsertItemCommand<Person>(document(), person, text);
    const Availability availability = dialog.availability();
    QUndoStack *stack = document()->undoStack();
    if (!availability.isAlways()) { // one undo step: the person with their times
        stack->beginMacro(text);
        stack->push(command);
        if (command->item().id != 0)
            stack->push(new SetAvailabilityCommand(document(), AvailabilityChange{{{command->item().id, {}}}, {}},
                                                   AvailabilityChange{{{command->item().id, availability}}, {}}, text));
        stack->endMacro();
        if (command->item().id == 0)
            return;
    } else if (!push(command)) {
        return;
    }
    if (rowOf(command->item().id) < 0 && !m_search->text().isEmpty()) {
        m_search->clear(); // the search hid the new person
        model()->setSearch(QString());
    }
    selectRows({rowOf(command->item().id)});
}

void PeoplePage::editItem()
{
    const QList<Person> people = selectedPeople();
    if (people.size() != 1)
        return;
    editPerson(people.first().id, QString());
}

void PeoplePage::editPerson(PersonId id, const QString &refusal)
{
    auto stored = document()->store().people().byId(id);
    if (!stored) {
        document()->reportError(stored.error());
        return;
    }
    PersonEditorDialog dialog(document()->store(), stored.value(), tr("Edit Person"), this);
    EditorHistory::addButton(&dialog, document(), QStringLiteral("person"), id, tr("Histo&ry…"));
    EditorHistory::showRefusal(&dialog, refusal);
    if (dialog.exec() != QDialog::Accepted)
        return;
    document()->takeRefusal();
    // Someone else changed the person meanwhile: open again on what is there now.
    const auto reopen = qScopeGuard([this, id] {
        if (const auto refused = document()->takeRefusal())
            editPerson(id, refused->message);
    });
    const Person after = dialog.person();
    const Availability before = dialog.storedAvailability();
    const Availability painted = dialog.availability();
    const bool personChanged = stored.value() != after;
    const bool timesChanged = before != painted;
    const QString text = tr("Edit Person “%1”").arg(stored->displayName());
    QUndoStack *stack = document()->undoStack();
    if (personChanged && timesChanged)
        stack->beginMacro(text);
    savePerson(stored.value(), after);
    if (timesChanged)
        stack->push(new SetAvailabilityCommand(
            document(), AvailabilityChange{{{after.id, before}}, {}}, AvailabilityChange{{{after.id, painted}}, {}},
            personChanged ? text : tr("Change Availability of “%1”").arg(after.displayName())));
    if (personChanged && timesChanged)
        stack->endMacro();
}

void PeoplePage::savePerson(const Person &before, const Person &after)
{
    if (before == after || !document())
        return;
    push(new UpdateItemsCommand<Person>(document(), {before}, {after},
                                        tr("Edit Person “%1”").arg(before.displayName())));
}

void PeoplePage::deleteItems()
{
    const QList<Person> people = selectedPeople();
    if (people.isEmpty())
        return;
    qsizetype roles = 0;
    qsizetype registrations = 0;
    QList<qint64> ids;
    for (const Person &p : people) {
        auto record = document()->store().people().record(p.id);
        if (!record) {
            document()->reportError(record.error());
            return;
        }
        roles += record->roles.size();
        registrations += record->registrations.size();
        ids << p.id;
    }
    const QString who = people.size() == 1 ? QStringLiteral("“%1”").arg(people.first().displayName())
                                           : tr("%n people", nullptr, int(people.size()));
    if ((roles > 0 || registrations > 0)
        && !confirm(tr("Delete People"),
                    tr("%1: %2 and %3 will be deleted too.\n\nDelete %1? You can undo this.")
                        .arg(who, tr("%n session role(s)", nullptr, int(roles)),
                             tr("%n registration(s)", nullptr, int(registrations)))))
        return;
    RemoveItemCommand<Person>::pushAll(document(), ids,
                                       people.size() == 1 ? tr("Delete Person “%1”").arg(people.first().displayName())
                                                          : tr("Delete %n People", nullptr, int(people.size())));
}

void PeoplePage::mergeSelected()
{
    const QList<Person> people = selectedPeople();
    if (people.size() < 2 || !isWritable())
        return;
    MergePeopleDialog dialog(document()->store(), people, this);
    // Keep, by default, the one with the most sessions (the programme's entry), then the registered one.
    const PersonSummary *best = nullptr;
    for (int row : selectedRows()) {
        const PersonSummary *s = model()->summaryAt(row);
        if (s && (!best || std::tie(s->sessionCount, s->registered) > std::tie(best->sessionCount, best->registered)))
            best = s;
    }
    if (best)
        dialog.setKept(best->person.id);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Person merged = dialog.merged();
    push(new MergePeopleCommand(document(), merged, dialog.absorbed()));
    selectRows({rowOf(merged.id)});
}
