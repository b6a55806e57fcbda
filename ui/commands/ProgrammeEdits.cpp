#include "commands/ProgrammeEdits.h"

#include "commands/EditSessionCommand.h"
#include "commands/NewPersonCommand.h"
#include "commands/SessionPresenceCommand.h"
#include "commands/SetSettingCommand.h"
#include "document/EventDocument.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SettingRepository.h"
#include "util/LocaleFormat.h"

#include <QRegularExpression>
#include <QUndoStack>

namespace {
const QString snapKey = QStringLiteral("programme/snapMinutes");
const int defaultSnap = 5;
} // namespace

std::optional<Session> ProgrammeEdits::load(SessionId id) const
{
    auto session = m_document->store().sessions().byId(id);
    if (!session) {
        m_document->reportError(session.error());
        return std::nullopt;
    }
    return session.value();
}

void ProgrammeEdits::change(const Session &before, const Session &after, const QString &text,
                            const QString &doneText) const
{
    if (before == after)
        return;
    auto *command = new EditSessionCommand(m_document, before, after, text);
    command->setDoneText(doneText);
    m_document->undoStack()->push(command);
}

QString ProgrammeEdits::placeText(const Session &before, RoomId room, const QDateTime &start) const
{
    auto event = m_document->store().event().load();
    auto target = m_document->store().rooms().byId(room);
    if (!event || !target)
        return QString();
    const QString roomName = target->name;
    const QDateTime local = event->toLocal(start);
    const QString when = local.date() == event->firstDay && event->firstDay == event->lastDay
                             ? LocaleFormat::time(local.time())
                             : LocaleFormat::dayAndTime(local);
    return before.isScheduled() ? tr("Moved “%1” to %2, %3").arg(before.title, when, roomName)
                                : tr("Scheduled “%1” at %2, %3").arg(before.title, when, roomName);
}

void ProgrammeEdits::place(SessionId id, RoomId room, const QDateTime &start) const
{
    const auto before = load(id);
    if (!before)
        return;
    Session after = *before;
    after.roomId = room;
    after.start = start.toUTC();
    change(*before, after, before->isScheduled() ? tr("Move “%1”").arg(before->title) : tr("Schedule “%1”").arg(before->title),
           placeText(*before, room, after.start));
}

void ProgrammeEdits::setDuration(SessionId id, int minutes) const
{
    const auto before = load(id);
    if (!before)
        return;
    Session after = *before;
    after.durationMinutes = minutes;
    change(*before, after, tr("Change Duration of “%1”").arg(before->title));
}

void ProgrammeEdits::unschedule(SessionId id) const
{
    const auto before = load(id);
    if (!before)
        return;
    Session after = *before;
    after.start = QDateTime();
    after.roomId.reset();
    change(*before, after, tr("Unschedule “%1”").arg(before->title));
}

void ProgrammeEdits::setPinned(SessionId id, bool pin) const
{
    auto before = SessionRecord::load(m_document->store(), id);
    if (!before) {
        m_document->reportError(before.error());
        return;
    }
    const Session &s = before->session;
    SessionRecord after = before.value();
    after.constraints.sessionId = id;
    if (pin && s.isScheduled())
        after.constraints.pinned = PinnedPlace{*s.roomId, s.start};
    else if (!pin)
        after.constraints.pinned.reset();
    if (after.constraints == before->constraints)
        return;
    m_document->undoStack()->push(new EditSessionCommand(m_document, before.value(), after,
                                                         pin ? tr("Pin “%1”").arg(s.title) : tr("Unpin “%1”").arg(s.title)));
}

void ProgrammeEdits::remove(SessionId id) const
{
    auto record = SessionRecord::load(m_document->store(), id);
    if (!record) {
        m_document->reportError(record.error());
        return;
    }
    m_document->undoStack()->push(new SessionPresenceCommand(m_document, SessionPresenceCommand::Delete, record.value(),
                                                             tr("Delete “%1”").arg(record->session.title)));
}

SessionId ProgrammeEdits::save(const std::optional<SessionRecord> &before, const Session &after,
                               const QList<PersonChoice> &people,
                               const std::optional<SessionConstraints> &constraints) const
{
    QUndoStack *stack = m_document->undoStack();
    const QString text = before ? tr("Edit “%1”").arg(after.title) : tr("Add “%1”").arg(after.title);
    const bool createsPeople = std::any_of(people.cbegin(), people.cend(), [](const PersonChoice &p) { return p.id == 0; });
    if (createsPeople)
        stack->beginMacro(text);
    SessionRecord record{after, {}, constraints ? *constraints : before ? before->constraints : SessionConstraints()};
    record.constraints.sessionId = after.id;
    for (const PersonChoice &choice : people) {
        PersonId person = choice.id;
        if (person == 0) {
            auto created = std::make_shared<PersonId>(0);
            stack->push(new NewPersonCommand(m_document, personFromName(choice.newName), created));
            person = *created;
        }
        if (person != 0)
            record.roles << SessionRole{after.id, person, choice.role, int(record.roles.size())};
    }
    SessionId id = after.id;
    if (before) {
        if (before->session != record.session || before->roles != record.roles
            || before->constraints != record.constraints)
            stack->push(new EditSessionCommand(m_document, *before, record, text));
    } else {
        auto created = std::make_shared<SessionId>(0);
        stack->push(new SessionPresenceCommand(m_document, SessionPresenceCommand::Add, record, text, created));
        id = *created;
    }
    if (createsPeople)
        stack->endMacro();
    return id;
}

int ProgrammeEdits::snapMinutes(const EventStore &file)
{
    bool ok = false;
    const int minutes = file.settings().value(snapKey).toInt(&ok);
    return ok && minutes >= 1 && minutes <= 60 ? minutes : defaultSnap;
}

void ProgrammeEdits::setSnapMinutes(int minutes) const
{
    const int before = snapMinutes(m_document->store());
    if (minutes == before)
        return;
    m_document->undoStack()->push(new SetSettingCommand(m_document, snapKey, QString::number(before),
                                                        QString::number(minutes),
                                                        tr("Snap to %n Minute(s)", nullptr, minutes)));
}

Person ProgrammeEdits::personFromName(const QString &name)
{
    QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Person person;
    static const QRegularExpression title(QStringLiteral("^(Dr|Prof|Mr|Mrs|Ms|Mx)\\.?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList titles;
    while (words.size() > 1 && title.match(words.first()).hasMatch())
        titles << words.takeFirst();
    person.title = titles.join(QLatin1Char(' '));
    if (!words.isEmpty())
        person.lastName = words.takeLast();
    person.firstName = words.join(QLatin1Char(' '));
    return person;
}
