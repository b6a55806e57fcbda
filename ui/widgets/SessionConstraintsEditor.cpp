#include "widgets/SessionConstraintsEditor.h"

#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "widgets/SessionListPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum AllowedKind { AllowedRoom = 1, AllowedTrack = 2 };
const int idRole = Qt::UserRole;
const int kindRole = Qt::UserRole + 1;

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = value.isValid() ? box->findData(value) : 0;
    box->setCurrentIndex(index >= 0 ? index : 0);
}

std::optional<qint64> chosenId(const QComboBox *box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional<qint64>(v.toLongLong()) : std::nullopt;
}
} // namespace

SessionConstraintsEditor::SessionConstraintsEditor(const EventStore &file, SessionId session, QWidget *parent)
    : QWidget(parent)
{
    const QLocale locale;
    if (auto e = file.event().load())
        m_event = e.value();
    const Event &event = m_event;
    QList<Room> rooms;
    if (auto r = file.rooms().all())
        rooms = r.value();
    QList<Track> tracks;
    if (auto t = file.tracks().all())
        tracks = t.value();

    m_pinned = new QCheckBox(tr("&Pinned: keep it in its room at its time (arranging never moves it)"), this);
    m_pinnedAt = new QLabel(this);
    m_fixedRoom = new QComboBox(this);
    m_fixedRoom->addItem(tr("Any room"));
    for (const Room &r : rooms)
        m_fixedRoom->addItem(r.name, r.id);
    m_fixedDay = new QComboBox(this);
    m_fixedDay->addItem(tr("Any day"));
    if (event.dayCount() > 0)
        for (QDate d = event.firstDay; d <= event.lastDay; d = d.addDays(1))
            m_fixedDay->addItem(locale.toString(d, QStringLiteral("dddd d MMMM yyyy")), d);

    m_allowed = new QListWidget(this);
    m_allowed->setToolTip(tr("Tick the rooms it may use, or tracks to allow their rooms. Nothing ticked: any room."));
    for (const Room &r : rooms) {
        auto *item = new QListWidgetItem(r.capacity > 0 ? tr("%1 (%n seat(s))", nullptr, r.capacity).arg(r.name) : r.name,
                                         m_allowed);
        item->setData(idRole, r.id);
        item->setData(kindRole, AllowedRoom);
        item->setCheckState(Qt::Unchecked);
    }
    for (const Track &t : tracks) {
        auto *item = new QListWidgetItem(tr("The rooms of track “%1”").arg(t.name), m_allowed);
        item->setData(idRole, t.id);
        item->setData(kindRole, AllowedTrack);
        item->setCheckState(Qt::Unchecked);
    }
    m_allowed->setMaximumHeight(m_allowed->fontMetrics().lineSpacing() * 6 + 8);

    m_seatsFrom = new QComboBox(this);
    for (SeatsFrom from : Vocabulary<SeatsFrom>::values())
        m_seatsFrom->addItem(toLabel(from), int(from));
    m_minSeats = new QSpinBox(this);
    m_minSeats->setRange(1, 100000);
    m_minSeats->setSuffix(tr(" seats"));
    auto *seats = new QHBoxLayout;
    seats->addWidget(m_seatsFrom);
    seats->addWidget(m_minSeats);
    seats->addStretch();

    QList<SessionListPicker::Choice> choices;
    if (auto all = file.sessions().all())
        for (const Session &s : all.value()) {
            if (s.id == session)
                continue;
            const QString when = s.start.isValid()
                ? locale.toString(event.toLocal(s.start), QStringLiteral("ddd HH:mm"))
                : tr("unscheduled");
            choices << SessionListPicker::Choice{s.id, tr("%1 — %2").arg(s.title, when)};
        }
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) { return a.text < b.text; });
    m_follows = new SessionListPicker(this);
    m_precedes = new SessionListPicker(this);
    m_notWith = new SessionListPicker(this);
    for (SessionListPicker *picker : {m_follows, m_precedes, m_notWith})
        picker->setChoices(choices);

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(m_pinned);
    form->addRow(QString(), m_pinnedAt);
    form->addRow(tr("Fixed roo&m:"), m_fixedRoom);
    form->addRow(tr("Fixed &day:"), m_fixedDay);
    form->addRow(tr("Allowed &rooms:"), m_allowed);
    auto *seatsLabel = new QLabel(tr("&Seats needed:"), this);
    seatsLabel->setBuddy(m_seatsFrom);
    form->addRow(seatsLabel, seats);
    auto picker = [&](const QString &label, SessionListPicker *p) {
        auto *l = new QLabel(label, this);
        l->setBuddy(p->input());
        form->addRow(l, p);
    };
    picker(tr("Must &follow:"), m_follows);
    picker(tr("Must &precede:"), m_precedes);
    picker(tr("&Not at the same time as:"), m_notWith);
    connect(m_seatsFrom, qOverload<int>(&QComboBox::currentIndexChanged), this, &SessionConstraintsEditor::updateEnabled);
    connect(m_pinned, &QCheckBox::toggled, this, &SessionConstraintsEditor::updatePinnedText);
    updateEnabled();
}

void SessionConstraintsEditor::updatePinnedText()
{
    const QString room = m_given.pinned ? m_fixedRoom->itemText(std::max(0, m_fixedRoom->findData(m_given.pinned->roomId)))
                                        : QString();
    if (!m_pinned->isChecked())
        m_pinnedAt->setText(tr("Not pinned: arranging may move it."));
    else if (m_given.pinned)
        m_pinnedAt->setText(tr("Pinned to %1 at %2.")
                                .arg(room, QLocale().toString(m_event.toLocal(m_given.pinned->start),
                                                              QStringLiteral("ddd d MMM HH:mm"))));
    else
        m_pinnedAt->setText(tr("Pinned where it is on the timetable when you press OK."));
}

void SessionConstraintsEditor::updateEnabled()
{
    m_minSeats->setEnabled(SeatsFrom(m_seatsFrom->currentData().toInt()) == SeatsFrom::Fixed);
}

void SessionConstraintsEditor::setConstraints(const SessionConstraints &c, const Session &stored)
{
    m_given = c;
    m_stored = stored;
    m_pinned->setChecked(c.pinned.has_value());
    updatePinnedText();
    selectData(m_fixedRoom, c.fixedRoom ? QVariant(*c.fixedRoom) : QVariant());
    selectData(m_fixedDay, c.fixedDay ? QVariant(*c.fixedDay) : QVariant());
    for (int i = 0; i < m_allowed->count(); ++i) {
        QListWidgetItem *item = m_allowed->item(i);
        const qint64 id = item->data(idRole).toLongLong();
        const bool on = item->data(kindRole).toInt() == AllowedRoom ? c.allowedRooms.contains(id) : c.allowedTracks.contains(id);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    selectData(m_seatsFrom, int(c.seatsFrom));
    m_minSeats->setValue(c.minSeats > 0 ? c.minSeats : 50);
    m_follows->setSelected(c.follows);
    m_precedes->setSelected(c.precedes);
    m_notWith->setSelected(c.notWith);
    updateEnabled();
}

SessionConstraints SessionConstraintsEditor::constraints(const Session &placed) const
{
    SessionConstraints c;
    c.sessionId = placed.id;
    const bool moved = placed.roomId != m_stored.roomId || placed.start != m_stored.start;
    if (m_pinned->isChecked())
        c.pinned = placed.isScheduled() && (!m_given.pinned || moved)
            ? std::optional<PinnedPlace>(PinnedPlace{*placed.roomId, placed.start})
            : m_given.pinned;
    c.fixedRoom = chosenId(m_fixedRoom);
    const QVariant day = m_fixedDay->currentData();
    if (day.isValid())
        c.fixedDay = day.toDate();
    for (int i = 0; i < m_allowed->count(); ++i) {
        const QListWidgetItem *item = m_allowed->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        (item->data(kindRole).toInt() == AllowedRoom ? c.allowedRooms : c.allowedTracks) << item->data(idRole).toLongLong();
    }
    c.seatsFrom = SeatsFrom(m_seatsFrom->currentData().toInt());
    c.minSeats = c.seatsFrom == SeatsFrom::Fixed ? m_minSeats->value() : 0;
    c.follows = m_follows->selected();
    c.precedes = m_precedes->selected();
    c.notWith = m_notWith->selected();
    // As the file keeps them (sorted, once each), so an untouched tab is no change.
    for (QList<qint64> *list : {&c.allowedRooms, &c.allowedTracks, &c.follows, &c.precedes, &c.notWith}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    return c;
}
