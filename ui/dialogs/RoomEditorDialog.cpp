#include "dialogs/RoomEditorDialog.h"
#include "document/PermissionGate.h"

#include "commands/SetAvailabilityCommand.h"
#include "commands/UpdateItemsCommand.h"
#include "document/EventDocument.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "widgets/AvailabilityEditor.h"
#include "widgets/AvailabilityStrip.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

RoomEditorDialog::RoomEditorDialog(const EventStore &file, const Room &room, QWidget *parent)
    : QDialog(parent), m_room(room)
{
    setWindowTitle(tr("Room “%1”").arg(room.name));
    m_name = new QLineEdit(room.name, this);
    m_capacity = new QSpinBox(this);
    m_capacity->setRange(0, 100000);
    m_capacity->setSpecialValueText(tr("Unknown"));
    m_capacity->setSuffix(tr(" seats"));
    m_capacity->setValue(room.capacity);
    m_location = new QLineEdit(room.location, this);
    m_location->setPlaceholderText(tr("e.g. Ground floor, left of the entrance"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Capacity:"), m_capacity);
    form->addRow(tr("&Location:"), m_location);

    auto *box = new QGroupBox(tr("Availability"), this);
    m_availability = new AvailabilityEditor(file, box);
    if (auto stored = AvailabilityRepository(file).ofRoom(room.id))
        m_storedAvailability = stored.value();
    m_availability->setAvailability(m_storedAvailability);
    QList<AvailabilityStrip::Mark> marks; // the room's sessions, outlined on the strip
    if (auto sessions = file.sessions().all())
        for (const Session &s : sessions.value())
            if (s.roomId == room.id && s.isScheduled() && s.status != SessionStatus::Cancelled)
                marks << AvailabilityStrip::Mark{s.start, s.end(), s.title};
    m_availability->strip()->setMarks(marks);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_availability);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(760, sizeHint().height());
    m_name->setFocus();
}

Room RoomEditorDialog::room() const
{
    Room r = m_room;
    r.name = m_name->text().trimmed();
    r.capacity = m_capacity->value();
    r.location = m_location->text().trimmed();
    return r;
}

Availability RoomEditorDialog::availability() const
{
    return m_availability->availability();
}

void RoomEditorDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the room a name."));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

void RoomEditorDialog::editRoom(QWidget *parent, EventDocument *document, RoomId id)
{
    auto stored = document->store().rooms().byId(id);
    if (!stored) {
        document->reportError(stored.error());
        return;
    }
    RoomEditorDialog dialog(document->store(), stored.value(), parent);
    if (!PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        dialog.setWindowTitle(dialog.windowTitle() + tr(" (read-only)"));
    if (dialog.exec() != QDialog::Accepted || !PermissionGate::of(document).mayEdit(PermissionGate::Area::Programme))
        return;
    const Room after = dialog.room();
    const Availability before = dialog.storedAvailability();
    const Availability painted = dialog.availability();
    const bool roomChanged = !(stored.value() == after);
    const bool timesChanged = before != painted;
    if (!roomChanged && !timesChanged)
        return;
    const QString text = tr("Edit Room “%1”").arg(stored->name);
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(roomChanged ? text : tr("Change Availability of “%1”").arg(after.name));
    if (roomChanged)
        stack->push(new UpdateItemsCommand<Room>(document, {stored.value()}, {after}, text));
    if (timesChanged)
        stack->push(new SetAvailabilityCommand(document, AvailabilityChange{{}, {{id, before}}},
                                               AvailabilityChange{{}, {{id, painted}}}, text));
    stack->endMacro();
}
