#include "pages/SessionsPage.h"
#include "document/PermissionGate.h"

#include "commands/ProgrammeEdits.h"
#include "dialogs/SessionEditorDialog.h"
#include "document/EventDocument.h"
#include "models/SessionTableModel.h"
#include "schedule/ConflictChecker.h"
#include "storage/EventStore.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "widgets/EmptyState.h"
#include "widgets/FilterScroll.h"
#include "widgets/PageAction.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SessionsPage::SessionsPage(QWidget *parent) : Page(parent)
{
    m_model = new SessionTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::DayColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SessionTableModel::PeopleColumn, QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, &SessionsPage::editCurrent);
    EmptyState::install(m_table, [this] {
        if (!m_document)
            return QString();
        return m_model->rowCount() > 0
                   ? tr("No session matches “%1”. Clear the filter to see them all.").arg(m_filter->text())
                   : tr("No sessions yet. Add one with New Session… (Ctrl+Shift+N), or import a schedule "
                        "(File ▸ Import Schedule…).");
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createToolBar());
    layout->addWidget(m_table, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionsPage::refreshNow);
    setDocument(nullptr);
}

QWidget *SessionsPage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(bar);
    m_filter->setPlaceholderText(tr("Filter by title, day, room, track, speaker or status"));
    m_filter->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Filter:"), bar);
    label->setBuddy(m_filter);
    layout->addWidget(label);
    layout->addWidget(m_filter, 1);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        FilterScroll(m_table, SessionTableModel::IdRole).apply([this, text] { m_proxy->setFilterFixedString(text); });
    });
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); });
    addAction(focusFilter);

    auto add = [&](const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = PageAction::add(this, layout, text, key.isEmpty() ? QList<QKeySequence>() : QList{key});
        connect(action, &QAction::triggered, this, slot);
        m_editActions << action;
        return action;
    };
    add(tr("&New Session…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        if (!m_document)
            return;
        Session defaults;
        defaults.status = SessionStatus::Draft;
        if (const SessionId id = SessionEditorDialog::newSession(this, m_document, defaults)) {
            refreshNow();
            selectSession(id);
        }
    });
    add(tr("&Edit…"), QKeySequence(), &SessionsPage::editCurrent); // Enter on a row edits too
    add(tr("&Unschedule"), QKeySequence(), [this] {
        if (m_document && currentSession())
            ProgrammeEdits(m_document).unschedule(currentSession());
    });
    add(tr("&Delete"), QKeySequence::Delete, [this] {
        if (m_document && currentSession())
            ProgrammeEdits(m_document).remove(currentSession());
    });
    return bar;
}

void SessionsPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &EventDocument::changed, this, [this](EventDocument::Parts parts) {
            if (parts != EventDocument::ParticipantsPart && parts != EventDocument::SettingsPart)
                m_refreshTimer.start();
        });
    setEnabled(m_document != nullptr);
    refreshNow();
}

void SessionsPage::refreshNow()
{
    m_refreshTimer.stop();
    const SessionId current = currentSession();
    ScheduleSnapshot snapshot;
    QSet<SessionId> inConflict;
    if (m_document) {
        auto loaded = ScheduleSnapshotRepository(m_document->store()).load();
        if (!loaded) {
            m_document->reportError(loaded.error());
        } else {
            snapshot = std::move(loaded).value();
            for (const Conflict &c : ConflictChecker::check(snapshot))
                for (const ConflictSession &s : c.sessions)
                    inConflict.insert(s.id);
        }
        for (QAction *action : std::as_const(m_editActions))
            PermissionGate::of(m_document).apply(action, PermissionGate::Area::Programme);
    }
    m_model->setSnapshot(snapshot, inConflict);
    selectSession(current);
}

SessionId SessionsPage::currentSession() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(SessionTableModel::IdRole).toLongLong() : 0;
}

void SessionsPage::selectSession(SessionId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SessionTableModel::TitleColumn));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void SessionsPage::editCurrent()
{
    if (m_document && currentSession())
        SessionEditorDialog::editSession(this, m_document, currentSession());
}
