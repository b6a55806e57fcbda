#include "dialogs/SchedulingRulesDialog.h"
#include "document/PermissionGate.h"

#include "commands/SetEventConstraintsCommand.h"
#include "document/EventDocument.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/TrackRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum BreakColumn { DayColumn, FromColumn, ToColumn, LabelColumn };
}

SchedulingRulesDialog::SchedulingRulesDialog(const EventStore &file, const EventConstraints &rules, QWidget *parent)
    : QDialog(parent), m_rules(rules)
{
    setWindowTitle(tr("Scheduling Rules"));
    if (auto e = file.event().load())
        m_event = e.value();
    if (auto r = file.rooms().all())
        m_rooms = r.value();
    if (auto t = file.tracks().all())
        m_tracks = t.value();

    m_gap = new QSpinBox(this);
    m_gap->setRange(0, 240);
    m_gap->setSingleStep(5);
    m_gap->setSuffix(tr(" min"));
    m_gap->setSpecialValueText(tr("None (back to back is fine)"));
    m_gap->setValue(rules.personGapMinutes);
    auto *gapRow = new QHBoxLayout;
    gapRow->addWidget(m_gap);
    gapRow->addStretch();
    auto *form = new QFormLayout;
    auto *gapLabel = new QLabel(tr("Minimum &gap between one person's sessions:"), this);
    gapLabel->setBuddy(m_gap);
    form->addRow(gapLabel, gapRow);

    auto *breaksBox = new QGroupBox(tr("Times kept free of sessions (only breaks may be placed there)"), this);
    m_breaks = new QTableWidget(0, 4, breaksBox);
    m_breaks->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("To"), tr("Name")});
    m_breaks->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_breaks->horizontalHeader()->resizeSection(DayColumn, fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 48);
    m_breaks->verticalHeader()->hide();
    m_breaks->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const KeptFreeTime &t : rules.breaks)
        addBreakRow(t);
    auto *addBreak = new QPushButton(tr("&Add Time"), breaksBox);
    auto *removeBreak = new QPushButton(tr("&Remove Time"), breaksBox);
    connect(addBreak, &QPushButton::clicked, this, [this] {
        const QDate day = m_event.firstDay.isValid() ? m_event.firstDay : QDate::currentDate();
        addBreakRow({m_event.fromLocal(day, QTime(12, 30)), m_event.fromLocal(day, QTime(13, 30)), tr("Lunch")});
        m_breaks->setCurrentCell(m_breaks->rowCount() - 1, DayColumn);
        m_breaks->setFocus();
    });
    connect(removeBreak, &QPushButton::clicked, this, [this] {
        if (m_breaks->currentRow() >= 0)
            m_breaks->removeRow(m_breaks->currentRow());
    });
    auto *breakButtons = new QHBoxLayout;
    breakButtons->addWidget(addBreak);
    breakButtons->addWidget(removeBreak);
    breakButtons->addStretch();
    auto *breaksLayout = new QVBoxLayout(breaksBox);
    breaksLayout->addWidget(m_breaks);
    breaksLayout->addLayout(breakButtons);

    auto *tracksBox = new QGroupBox(tr("Tracks: their rooms, and how many of their sessions may run at once"), this);
    m_trackTable = new QTableWidget(int(m_tracks.size()), 2, tracksBox);
    m_trackTable->setHorizontalHeaderLabels({tr("Track"), tr("At most at once")});
    m_trackTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_trackTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_trackTable->verticalHeader()->hide();
    m_trackTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trackTable->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int row = 0; row < m_tracks.size(); ++row) {
        auto *name = new QTableWidgetItem(m_tracks[row].name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_trackTable->setItem(row, 0, name);
        auto *limit = new QSpinBox(m_trackTable);
        limit->setRange(0, 100);
        limit->setSpecialValueText(tr("No limit"));
        limit->setValue(rules.trackLimits.value(m_tracks[row].id, 0));
        m_trackTable->setCellWidget(row, 1, limit);
    }
    m_trackRooms = new QListWidget(tracksBox);
    for (const Room &r : m_rooms) {
        auto *item = new QListWidgetItem(r.name, m_trackRooms);
        item->setData(Qt::UserRole, r.id);
        item->setCheckState(Qt::Unchecked);
    }
    auto *roomsLabel = new QLabel(tr("R&ooms of the selected track (sessions that may use only their track's rooms "
                                     "keep to these):"),
                                  tracksBox);
    roomsLabel->setWordWrap(true);
    roomsLabel->setBuddy(m_trackRooms);
    connect(m_trackTable, &QTableWidget::currentCellChanged, this, [this] { showTrackRooms(); });
    connect(m_trackRooms, &QListWidget::itemChanged, this, [this] { keepTrackRooms(); });
    auto *tracksLayout = new QGridLayout(tracksBox);
    tracksLayout->addWidget(m_trackTable, 0, 0, 2, 1);
    tracksLayout->addWidget(roomsLabel, 0, 1);
    tracksLayout->addWidget(m_trackRooms, 1, 1);
    if (m_tracks.isEmpty()) {
        m_trackRooms->setEnabled(false);
        roomsLabel->setText(tr("The event has no tracks."));
    } else {
        m_trackTable->setCurrentCell(0, 0);
        showTrackRooms();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(breaksBox, 1);
    layout->addWidget(tracksBox, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

void SchedulingRulesDialog::addBreakRow(const KeptFreeTime &time)
{
    const int row = m_breaks->rowCount();
    m_breaks->insertRow(row);
    const QLocale locale;
    auto *day = new QComboBox(m_breaks);
    if (m_event.dayCount() > 0)
        for (QDate d = m_event.firstDay; d <= m_event.lastDay; d = d.addDays(1))
            day->addItem(locale.toString(d, QStringLiteral("ddd d MMM yyyy")), d);
    const QDateTime from = m_event.toLocal(time.start);
    const QDateTime to = m_event.toLocal(time.end);
    if (day->findData(from.date()) < 0)
        day->addItem(locale.toString(from.date(), QStringLiteral("ddd d MMM yyyy")), from.date());
    day->setCurrentIndex(day->findData(from.date()));
    auto *fromEdit = new QTimeEdit(from.time(), m_breaks);
    auto *toEdit = new QTimeEdit(to.time(), m_breaks);
    for (QTimeEdit *edit : {fromEdit, toEdit})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_breaks->setCellWidget(row, DayColumn, day);
    m_breaks->setCellWidget(row, FromColumn, fromEdit);
    m_breaks->setCellWidget(row, ToColumn, toEdit);
    m_breaks->setItem(row, LabelColumn, new QTableWidgetItem(time.label));
}

void SchedulingRulesDialog::showTrackRooms()
{
    m_shownTrack = m_trackTable->currentRow();
    const QList<RoomId> rooms = m_shownTrack >= 0 ? m_rules.trackRooms.value(m_tracks[m_shownTrack].id) : QList<RoomId>();
    const QSignalBlocker blocker(m_trackRooms);
    for (int i = 0; i < m_trackRooms->count(); ++i)
        m_trackRooms->item(i)->setCheckState(rooms.contains(m_trackRooms->item(i)->data(Qt::UserRole).toLongLong())
                                                 ? Qt::Checked
                                                 : Qt::Unchecked);
}

void SchedulingRulesDialog::keepTrackRooms()
{
    if (m_shownTrack < 0 || m_shownTrack >= m_tracks.size())
        return;
    QList<RoomId> rooms;
    for (int i = 0; i < m_trackRooms->count(); ++i)
        if (m_trackRooms->item(i)->checkState() == Qt::Checked)
            rooms << m_trackRooms->item(i)->data(Qt::UserRole).toLongLong();
    const TrackId track = m_tracks[m_shownTrack].id;
    if (rooms.isEmpty())
        m_rules.trackRooms.remove(track);
    else
        m_rules.trackRooms.insert(track, rooms);
}

EventConstraints SchedulingRulesDialog::rules() const
{
    EventConstraints out = m_rules;
    out.personGapMinutes = m_gap->value();
    out.breaks.clear();
    for (int row = 0; row < m_breaks->rowCount(); ++row) {
        const auto *day = qobject_cast<QComboBox *>(m_breaks->cellWidget(row, DayColumn));
        const auto *from = qobject_cast<QTimeEdit *>(m_breaks->cellWidget(row, FromColumn));
        const auto *to = qobject_cast<QTimeEdit *>(m_breaks->cellWidget(row, ToColumn));
        const QDate date = day->currentData().toDate();
        KeptFreeTime t;
        t.start = m_event.fromLocal(date, from->time());
        t.end = m_event.fromLocal(to->time() <= from->time() ? date.addDays(1) : date, to->time());
        t.label = m_breaks->item(row, LabelColumn) ? m_breaks->item(row, LabelColumn)->text().trimmed() : QString();
        out.breaks << t;
    }
    std::sort(out.breaks.begin(), out.breaks.end(), [](const KeptFreeTime &a, const KeptFreeTime &b) {
        return std::make_pair(a.start, a.end) < std::make_pair(b.start, b.end);
    });
    out.trackLimits.clear();
    for (int row = 0; row < m_tracks.size(); ++row)
        if (const int limit = qobject_cast<QSpinBox *>(m_trackTable->cellWidget(row, 1))->value(); limit > 0)
            out.trackLimits.insert(m_tracks[row].id, limit);
    for (auto it = out.trackRooms.begin(); it != out.trackRooms.end(); ++it)
        std::sort(it->begin(), it->end());
    return out;
}

void SchedulingRulesDialog::edit(QWidget *parent, EventDocument *document)
{
    if (!document)
        return;
    auto before = ConstraintRepository(document->store()).event();
    if (!before) {
        document->reportError(before.error());
        return;
    }
    SchedulingRulesDialog dialog(document->store(), before.value(), parent);
    if (!PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        dialog.setWindowTitle(dialog.windowTitle() + tr(" (read-only)"));
    if (dialog.exec() != QDialog::Accepted || !PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        return;
    const EventConstraints after = dialog.rules();
    if (after != before.value())
        document->undoStack()->push(
            new SetEventConstraintsCommand(document, before.value(), after, tr("Change Scheduling Rules")));
}
