#include "print/SignInSheetRenderer.h"

#include "print/IndexName.h"
#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/TableWriter.h"

#include <QCoreApplication>
#include <QPainter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SignInSheetRenderer", text);
}
} // namespace

Status SignInSheetRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    QList<Session> sessions;
    for (const Session &s : data().programme())
        if (s.type != SessionType::Break)
            sessions << s;
    QList<bool> plenary;
    bool anyPlenary = false;
    for (const Session &s : sessions) {
        plenary << isPlenary(s, sessions);
        anyPlenary |= plenary.last();
    }
    if (sessions.isEmpty())
        return Status::failure(tr("The programme has no scheduled session yet: there is no sign-in sheet to print."));
    const QList<Participant> list = anyPlenary ? selectParticipants() : QList<Participant>();
    if (anyPlenary && list.isEmpty())
        return Status::failure(noParticipantsMessage());

    // The footer names the session, so that loose pages find their way back.
    QString current;
    auto decorate = [&](PageCanvas &c, int page) {
        footer(tr("Sign-in: %1").arg(current))(c, page);
    };
    PageFlow flow(canvas, contentArea(canvas), decorate);
    for (int i = 0; i < sessions.size(); ++i) {
        if (canvas.full())
            break;
        if (!step(progress, i, int(sessions.size())))
            return Status::failure(cancelledMessage());
        const Session &session = sessions.at(i);
        current = session.title;
        flow.newPage();
        heading(flow, tr("Sign-in sheet"), 10);
        heading(flow, session.title, 15);
        const Room *room = data().room(session.roomId);
        const QString when = data().longDate(data().localDay(session)) + QStringLiteral(", ") + data().timeRange(session)
            + (room ? QStringLiteral(" · ") + room->name : QString());
        const TextBlock whenBlock = TextBlock::wrap(canvas, when, canvas.font(10), flow.width());
        flow.painter().setPen(QColor(0x33, 0x33, 0x33));
        whenBlock.draw(flow.painter(), QPointF(flow.left(), flow.y()), flow.width());
        flow.advance(whenBlock.height() + 10);

        TableWriter table(flow, {{tr("No."), 0.35, false}, {tr("Name"), 2, true}, {tr("Organisation"), 2, false}, {tr("Signature"), 2.2, false}}, 9);
        table.setGrid(true);
        table.setMaxLines(0); // names wrap, never cut
        table.setMinimumRowHeight(rowHeight);
        const qreal pageLeft = flow.remaining();
        int number = 0;
        if (plenary.at(i)) {
            for (const Participant &participant : list) {
                const Person *person = data().person(participant.personId);
                table.addRow({QString::number(++number), IndexName::of(*person).shown, person->organisation, QString()});
            }
        }
        const int blanks = plenary.at(i) ? doorRows : blankRowsFor(session, pageLeft);
        for (int blank = 0; blank < blanks; ++blank)
            table.addRow({QString::number(++number)});
    }
    step(progress, int(sessions.size()), int(sessions.size()));
    return Status();
}

bool SignInSheetRenderer::isPlenary(const Session &session, const QList<Session> &programme)
{
    // Receptions, lunches and workshops are not attended by everyone at once.
    if (session.type == SessionType::Networking || session.type == SessionType::Workshop || session.type == SessionType::Break)
        return false;
    // A talk with another session beside it (coffee aside) splits the audience.
    for (const Session &other : programme)
        if (other.id != session.id && other.type != SessionType::Break && other.type != SessionType::Networking
            && other.start < session.end() && session.start < other.end())
            return false;
    return true;
}

int SignInSheetRenderer::blankRowsFor(const Session &session, qreal room) const
{
    if (options().blankLines >= 0)
        return options().blankLines;
    if (session.expectedAttendance && *session.expectedAttendance > 0)
        return qMin(*session.expectedAttendance, 1000);
    // A page's worth: staff print more sheets if the room fills.
    return qMax(10, int((room - headerRowRoom) / rowHeight));
}
