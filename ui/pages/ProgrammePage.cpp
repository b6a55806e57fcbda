#include "pages/ProgrammePage.h"
#include "document/PermissionGate.h"

#include "commands/ProgrammeEdits.h"
#include "dialogs/SessionEditorDialog.h"
#include "document/EventDocument.h"
#include "schedule/ConflictChecker.h"
#include "storage/EventStore.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "widgets/ConflictsPanel.h"
#include "widgets/SessionBlockItem.h"
#include "widgets/TimetableScene.h"
#include "widgets/TimetableView.h"
#include "widgets/PageAction.h"
#include "dialogs/ArrangeDialog.h"
#include "dialogs/SchedulingRulesDialog.h"
#include "widgets/RoomFilterBar.h"
#include "widgets/UnscheduledList.h"

#include <QAction>
#include <QMenu>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

namespace {
const double minZoom = 0.35;
const double maxZoom = 4.0;
const double minRoomZoom = 0.32; // 48-pixel columns
const double maxRoomZoom = 4.0;
const double zoomStep = 1.25;
const int snapChoices[] = {1, 5, 10, 15, 30};
const char *const settingsGroup = "programme";
} // namespace

ProgrammePage::ProgrammePage(QWidget *parent) : Page(parent)
{
    m_scene = new TimetableScene(this);
    m_view = new TimetableView(m_scene, this);
    m_view->setObjectName(QStringLiteral("timetable"));
    m_dayTabs = new QTabBar(this);
    m_dayTabs->setObjectName(QStringLiteral("dayTabs"));
    m_dayTabs->setExpanding(false);
    m_dayTabs->setDrawBase(false);
    m_unscheduled = new UnscheduledList(this);
    m_unscheduled->setObjectName(QStringLiteral("unscheduled"));
    m_conflicts = new ConflictsPanel(this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_roomFilter = new RoomFilterBar(this);
    m_roomStatus = new QLabel(this);
    m_roomStatus->setObjectName(QStringLiteral("roomStatus"));

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_dayTabs);
    centreLayout->addWidget(m_view, 1);

    // A main window inside the page, for its docks: the panels move to any side,
    // float, stack as tabs or close, and the page remembers where they were.
    m_frame = new QMainWindow(this);
    m_frame->setObjectName(QStringLiteral("programmeFrame"));
    m_frame->setWindowFlags(Qt::Widget);
    m_frame->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_frame->setCentralWidget(centre);
    m_unscheduledDock = addPanel(QStringLiteral("unscheduledPanel"), Qt::LeftDockWidgetArea, createSidePanel(m_unscheduled));
    m_conflictsDock = addPanel(QStringLiteral("conflictsPanel"), Qt::BottomDockWidgetArea, m_conflicts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createToolBar());
    layout->addWidget(createViewBar());
    layout->addWidget(m_status);
    layout->addWidget(m_frame, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ProgrammePage::refreshNow);
    connect(m_dayTabs, &QTabBar::currentChanged, this, &ProgrammePage::showCurrentDay);
    connect(m_conflicts, &ConflictsPanel::sessionActivated, this, &ProgrammePage::showSession);
    connect(m_view, &TimetableView::zoomRequested, this,
            [this](int steps) { setZoom(m_zoom * std::pow(zoomStep, steps)); });
    connect(m_view, &TimetableView::roomZoomRequested, this,
            [this](int steps) { setRoomZoom(shownRoomZoom() * std::pow(zoomStep, steps)); });
    // The columns fill the width they are given: lay them out again when it changes.
    connect(m_view, &TimetableView::viewportResized, this, &ProgrammePage::relayout);
    connect(m_roomFilter, &RoomFilterBar::changed, this, &ProgrammePage::showCurrentDay);
    connectEdits();
    restoreSettings();
    setDocument(nullptr);
}

ProgrammePage::~ProgrammePage() = default;

QDockWidget *ProgrammePage::addPanel(const QString &objectName, Qt::DockWidgetArea area, QWidget *content)
{
    auto *dock = new QDockWidget(m_frame);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    m_frame->addDockWidget(area, dock);
    return dock;
}

QWidget *ProgrammePage::createSidePanel(QWidget *content)
{
    auto *panel = new QWidget(this);
    // Session titles stay readable however the timetable pushes (close the panel to hide it).
    panel->setMinimumWidth(140);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 0, 4, 0);
    m_dragHint = new QLabel(tr("Drag a session onto the timetable to schedule it; drag a block here to unschedule it."), panel);
    m_dragHint->setObjectName(QStringLiteral("dragHint"));
    m_dragHint->setWordWrap(true);
    m_dragHint->setStyleSheet(QStringLiteral("color: #5f6773;"));
    layout->addWidget(m_dragHint);
    layout->addWidget(content, 1);
    return panel;
}

QWidget *ProgrammePage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addButton = [&](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *action = PageAction::add(this, layout, text, keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newSession = addButton(tr("&New Session…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                             &ProgrammePage::newSession);
    layout->addSpacing(12);
    addButton(tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut},
              [this] { setZoom(m_zoom / zoomStep); });
    addButton(tr("Zoom &In"),
              {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence::ZoomIn},
              [this] { setZoom(m_zoom * zoomStep); });
    layout->addSpacing(12);
    // Arrange: the solver places sessions (core/arrange), previewed before it is applied.
    auto *arrange = m_arrange = new QToolButton(bar);
    arrange->setObjectName(QStringLiteral("arrange"));
    arrange->setText(tr("Arran&ge"));
    arrange->setPopupMode(QToolButton::InstantPopup);
    auto *arrangeMenu = new QMenu(arrange);
    auto openArrange = [this](ArrangeDialog::Mode mode) {
        if (!m_document)
            return;
        ArrangeDialog dialog(m_document, mode, currentDay(), this);
        if (mode == ArrangeDialog::Mode::Unscheduled)
            QTimer::singleShot(0, &dialog, &ArrangeDialog::arrange);
        dialog.exec();
    };
    connect(arrangeMenu->addAction(tr("Arrange &Unscheduled Sessions…")), &QAction::triggered, this,
            [openArrange] { openArrange(ArrangeDialog::Mode::Unscheduled); });
    connect(arrangeMenu->addAction(tr("&Rearrange Day / Track…")), &QAction::triggered, this,
            [openArrange] { openArrange(ArrangeDialog::Mode::DayOrTrack); });
    arrange->setMenu(arrangeMenu);
    layout->addWidget(arrange);
    // The rules arranging keeps and the conflict check reports (times kept free, tracks, gaps).
    QAction *rules = addButton(tr("Ru&les…"), {}, [this] { SchedulingRulesDialog::edit(this, m_document); });
    rules->setToolTip(tr("Scheduling rules: times kept free, the rooms and limits of tracks, the gap between one "
                         "person's sessions"));
    layout->addSpacing(12);
    m_snap = new QComboBox(bar);
    m_snap->setObjectName(QStringLiteral("snap"));
    for (int minutes : snapChoices)
        m_snap->addItem(tr("%n minute(s)", nullptr, minutes), minutes);
    auto *snapLabel = new QLabel(tr("Sn&ap to:"), bar);
    snapLabel->setBuddy(m_snap);
    layout->addWidget(snapLabel);
    layout->addWidget(m_snap);
    connect(m_snap, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            ProgrammeEdits(m_document).setSnapMinutes(m_snap->itemData(index).toInt());
    });
    layout->addStretch();
    // The panels, closed or not: a button each brings them back.
    for (QDockWidget *dock : {m_unscheduledDock, m_conflictsDock}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(dock->toggleViewAction());
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    m_unscheduledDock->toggleViewAction()->setText(tr("&Unscheduled"));
    m_unscheduledDock->toggleViewAction()->setToolTip(tr("Show or hide the sessions not scheduled yet"));
    m_conflictsDock->toggleViewAction()->setText(tr("&Conflicts"));
    m_conflictsDock->toggleViewAction()->setToolTip(tr("Show or hide the list of conflicts"));
    return bar;
}

QWidget *ProgrammePage::createViewBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_roomFilter);
    layout->addSpacing(12);
    auto add = [&](const QString &text, const QList<QKeySequence> &keys) {
        return PageAction::add(this, layout, text, keys);
    };
    connect(add(tr("Narro&wer Rooms"), {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)}), &QAction::triggered, this,
            [this] { setRoomZoom(shownRoomZoom() / zoomStep); });
    connect(add(tr("Wi&der Rooms"), {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)}), &QAction::triggered, this,
            [this] { setRoomZoom(shownRoomZoom() * zoomStep); });
    m_fitRooms = add(tr("Fi&t Rooms to Width"), {QKeySequence(Qt::CTRL | Qt::Key_Backslash)});
    m_fitRooms->setCheckable(true);
    connect(m_fitRooms, &QAction::toggled, this, &ProgrammePage::setFitRooms);
    layout->addSpacing(12);
    layout->addWidget(m_roomStatus);
    layout->addStretch();
    return bar;
}

void ProgrammePage::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    m_zoom = std::clamp(settings.value(QStringLiteral("zoom"), 1.0).toDouble(), minZoom, maxZoom);
    m_roomZoom = std::clamp(settings.value(QStringLiteral("roomZoom"), 1.0).toDouble(), minRoomZoom, maxRoomZoom);
    m_fitRooms->setChecked(settings.value(QStringLiteral("fitRooms"), false).toBool());
    m_panelsPlaced = m_frame->restoreState(settings.value(QStringLiteral("panels")).toByteArray());
}

void ProgrammePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_panelsPlaced) {
        // The panels' first sizes, once the page has its own: narrow beside the
        // timetable, whose columns get the rest of the width.
        m_panelsPlaced = true;
        m_frame->resizeDocks({m_unscheduledDock}, {170}, Qt::Horizontal);
        m_frame->resizeDocks({m_conflictsDock}, {110}, Qt::Vertical);
    }
}

void ProgrammePage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("zoom"), m_zoom);
    settings.setValue(QStringLiteral("roomZoom"), m_roomZoom);
    settings.setValue(QStringLiteral("fitRooms"), fitsRooms());
    settings.setValue(QStringLiteral("panels"), m_frame->saveState());
}

void ProgrammePage::hideEvent(QHideEvent *event)
{
    saveSettings();
    Page::hideEvent(event);
}

void ProgrammePage::connectEdits()
{
    auto edits = [this] { return ProgrammeEdits(m_document); };
    connect(m_scene, &TimetableScene::moveRequested, this, [=](SessionId id, RoomId room, const QDateTime &start) {
        if (m_document)
            edits().place(id, room, start);
    });
    connect(m_scene, &TimetableScene::durationRequested, this, [=](SessionId id, int minutes) {
        if (m_document)
            edits().setDuration(id, minutes);
    });
    connect(m_view, &TimetableView::unscheduleRequested, this, [=](SessionId id) {
        if (m_document)
            edits().unschedule(id);
    });
    connect(m_view, &TimetableView::pinRequested, this, [=](SessionId id, bool pin) {
        if (m_document)
            edits().setPinned(id, pin);
    });
    connect(m_view, &TimetableView::deleteRequested, this, [=](SessionId id) {
        if (m_document)
            edits().remove(id);
    });
    connect(m_scene, &TimetableScene::releasedOutside, this, &ProgrammePage::releasedOutside);
    connect(m_scene, &TimetableScene::editRequested, this, &ProgrammePage::editSession);
    connect(m_view, &TimetableView::editRequested, this, &ProgrammePage::editSession);
    connect(m_unscheduled, &UnscheduledList::editRequested, this, &ProgrammePage::editSession);
}

void ProgrammePage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &EventDocument::changed, this, [this](EventDocument::Parts parts) {
            if (parts != EventDocument::ParticipantsPart)
                scheduleRefresh();
        });
    setEnabled(m_document != nullptr);
    refreshNow();
}

void ProgrammePage::scheduleRefresh()
{
    m_refreshTimer.start();
}

void ProgrammePage::refreshNow()
{
    m_refreshTimer.stop();
    m_snapshot = ScheduleSnapshot();
    m_conflictList.clear();
    m_status->hide();
    if (m_document) {
        auto loaded = ScheduleSnapshotRepository(m_document->store()).load();
        if (loaded) {
            m_snapshot = std::move(loaded).value();
            m_conflictList = ConflictChecker::check(m_snapshot);
        } else {
            m_status->setText(loaded.error());
            m_status->show();
        }
        const int snap = ProgrammeEdits::snapMinutes(m_document->store());
        m_snap->setCurrentIndex(std::max(0, m_snap->findData(snap)));
        const PermissionGate &gate = PermissionGate::of(m_document);
        gate.apply(m_newSession, PermissionGate::Area::Programme);
        m_snap->setEnabled(gate.mayEdit(PermissionGate::Area::Programme));
        gate.apply(m_arrange, PermissionGate::Area::Programme);
        m_scene->setEditable(gate.mayEdit(PermissionGate::Area::Programme));
        m_unscheduled->setDragEnabled(gate.mayEdit(PermissionGate::Area::Programme));
        m_dragHint->setVisible(gate.mayEdit(PermissionGate::Area::Programme));
    }
    if (m_snapshot.rooms.isEmpty() && m_document) {
        m_status->setText(tr("This event has no rooms yet. Add rooms on the Rooms page to build the timetable."));
        m_status->show();
    }
    updateDays();
    const int h = m_view->horizontalScrollBar()->value();
    const int v = m_view->verticalScrollBar()->value();
    showCurrentDay();
    m_view->horizontalScrollBar()->setValue(h);
    m_view->verticalScrollBar()->setValue(v);
    m_unscheduled->show(m_snapshot);
    m_unscheduledDock->setWindowTitle(tr("Unscheduled (%1)").arg(m_unscheduled->count()));
    m_conflicts->setConflicts(m_conflictList);
    m_conflictsDock->setWindowTitle(tr("Conflicts (%1)").arg(m_conflicts->count()));
}

void ProgrammePage::updateDays()
{
    const QDate current = currentDay();
    const Event &event = m_snapshot.event;
    std::set<QDate> days;
    for (int i = 0; i < event.dayCount(); ++i)
        days.insert(event.day(i));
    const ProgrammeDays programmeDays = m_snapshot.programmeDays();
    for (const Session &s : std::as_const(m_snapshot.sessions))
        if (s.isScheduled())
            days.insert(programmeDays.dayOf(s.start));
    m_days = QList<QDate>(days.begin(), days.end());
    const QSignalBlocker blocker(m_dayTabs);
    while (m_dayTabs->count() > 0)
        m_dayTabs->removeTab(0);
    const QLocale locale;
    for (const QDate &day : std::as_const(m_days)) {
        const bool outside = event.dayCount() == 0 || day < event.firstDay || day > event.lastDay;
        const QString label = locale.toString(day, QStringLiteral("ddd d MMM"));
        const int index = m_dayTabs->addTab(outside ? tr("%1 (outside the event)").arg(label) : label);
        if (outside)
            m_dayTabs->setTabTextColor(index, QColor(0xd0, 0x1f, 0x1f));
    }
    const int keep = int(m_days.indexOf(current));
    m_dayTabs->setCurrentIndex(keep >= 0 ? keep : 0);
    // A tab bar changed while hidden does not tell the layout its new height:
    // without this, the tabs of an event opened behind another page never appear.
    m_dayTabs->updateGeometry();
}

QDate ProgrammePage::currentDay() const
{
    return m_days.value(m_dayTabs->currentIndex());
}

void ProgrammePage::showDay(QDate day)
{
    const int index = int(m_days.indexOf(day));
    if (index >= 0)
        m_dayTabs->setCurrentIndex(index);
}

TimetableScene::Layout ProgrammePage::layout(double zoom, double roomZoom) const
{
    TimetableScene::Layout layout;
    layout.zoom = zoom;
    layout.roomZoom = roomZoom;
    layout.snapMinutes = m_document ? ProgrammeEdits::snapMinutes(m_document->store()) : 5;
    layout.availableWidth = m_view->viewport()->width() - 2;
    layout.fitRooms = fitsRooms();
    layout.shownRooms = m_roomFilter->shownRooms(m_snapshot);
    return layout;
}

void ProgrammePage::relayout()
{
    if (!qFuzzyCompare(TimetableScene::columnWidthFor(layout(m_zoom, m_roomZoom), m_scene->columnCount()),
                       m_scene->columnWidth())) {
        const int v = m_view->verticalScrollBar()->value();
        showCurrentDay();
        m_view->verticalScrollBar()->setValue(v);
    }
}

void ProgrammePage::showCurrentDay()
{
    m_scene->show(m_snapshot, currentDay(), m_conflictList, layout(m_zoom, m_roomZoom));
    updateRoomStatus();
}

void ProgrammePage::updateRoomStatus()
{
    const int shown = m_scene->columnCount();
    const int all = m_scene->roomCount();
    if (shown == all) {
        m_roomStatus->clear();
        return;
    }
    m_roomStatus->setText(shown == 0 ? tr("No room matches the filter.")
                                     : tr("Showing %1 of %n room(s)", nullptr, all).arg(shown));
    m_roomStatus->setStyleSheet(QStringLiteral("color: #a35c00; font-weight: bold;"));
}

void ProgrammePage::setZoom(double zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the time under the centre of the view where it was.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const double factor = zoom / m_zoom;
    m_zoom = zoom;
    showCurrentDay();
    m_view->centerOn(centre.x(), centre.y() * factor);
}

void ProgrammePage::setRoomZoom(double zoom)
{
    zoom = std::clamp(zoom, minRoomZoom, maxRoomZoom);
    const bool wasFitting = fitsRooms();
    if (!wasFitting && qFuzzyCompare(zoom, m_roomZoom))
        return;
    // Zooming across by hand ends fitting the rooms to the width.
    const QSignalBlocker blocker(m_fitRooms);
    m_fitRooms->setChecked(false);
    // Keep the room under the centre of the view where it was.
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    const double factor = TimetableScene::columnWidthFor(layout(m_zoom, zoom), m_scene->columnCount()) / m_scene->columnWidth();
    m_roomZoom = zoom;
    showCurrentDay();
    m_view->centerOn(centre.x() * factor, centre.y());
}

double ProgrammePage::shownRoomZoom() const
{
    // Fitted to the width, the columns are as wide as they are, whatever the zoom was.
    return fitsRooms() ? m_scene->columnWidth() / TimetableScene::baseColumnWidth : m_roomZoom;
}

bool ProgrammePage::fitsRooms() const
{
    return m_fitRooms->isChecked();
}

void ProgrammePage::setFitRooms(bool fit)
{
    if (m_fitRooms->isChecked() != fit) {
        m_fitRooms->setChecked(fit); // comes back here through toggled()
        return;
    }
    const int v = m_view->verticalScrollBar()->value();
    showCurrentDay();
    m_view->verticalScrollBar()->setValue(v);
}

void ProgrammePage::showSession(SessionId id)
{
    const Session *s = m_snapshot.session(id);
    if (!s)
        return;
    if (!s->isScheduled()) {
        for (int row = 0; row < m_unscheduled->count(); ++row)
            if (m_unscheduled->item(row)->data(Qt::UserRole).toLongLong() == id)
                m_unscheduled->setCurrentRow(row);
        m_unscheduled->setFocus();
        return;
    }
    showDay(m_snapshot.programmeDays().dayOf(s->start));
    m_scene->selectSession(id);
    if (SessionBlockItem *block = m_scene->block(id))
        m_view->ensureVisible(block, 40, 40);
    m_view->setFocus();
}

void ProgrammePage::newSession()
{
    if (!m_document)
        return;
    Session defaults;
    defaults.title = QString();
    defaults.durationMinutes = 30;
    defaults.status = SessionStatus::Draft;
    if (const SessionId id = SessionEditorDialog::newSession(this, m_document, defaults)) {
        refreshNow();
        showSession(id);
    }
}

void ProgrammePage::editSession(SessionId id)
{
    if (m_document && id)
        SessionEditorDialog::editSession(this, m_document, id);
}

void ProgrammePage::releasedOutside(SessionId id, const QPoint &globalPos)
{
    if (m_document && m_unscheduled->containsGlobal(globalPos))
        ProgrammeEdits(m_document).unschedule(id);
}
