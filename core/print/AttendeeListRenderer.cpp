#include "print/AttendeeListRenderer.h"

#include "print/IndexName.h"
#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/TableWriter.h"

#include <QCoreApplication>
#include <QPainter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AttendeeListRenderer", text);
}
} // namespace

Status AttendeeListRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<Participant> list = selectParticipants();
    if (list.isEmpty())
        return Status::failure(tr("No participant agreed to appear on shared lists%1, so the attendee list would be empty.")
                                   .arg(options().category ? QStringLiteral(" (%1)").arg(toLabel(*options().category)) : QString()));
    PageFlow flow(canvas, contentArea(canvas), footer(tr("Attendee list")));
    flow.newPage();
    heading(flow, tr("Attendee list"), 18);
    const TextBlock note = TextBlock::wrap(canvas,
                                           tr("%1 participants of %2 (%3) who agreed to share their name and organisation.")
                                               .arg(list.size())
                                               .arg(data().event.name, data().eventDates()),
                                           canvas.font(9, QFont::Normal, true), flow.width());
    flow.painter().setPen(QColor(0x5a, 0x60, 0x6a));
    note.draw(flow.painter(), QPointF(flow.left(), flow.y()), flow.width());
    flow.advance(note.height() + 10);
    TableWriter table(flow, {{tr("Name"), 1, true}, {tr("Organisation"), 1.3, false}}, 9.5);
    for (int i = 0; i < list.size(); ++i) {
        if (canvas.full())
            break;
        if (i % 100 == 0 && !step(progress, i, int(list.size())))
            return Status::failure(cancelledMessage());
        const Person *person = data().person(list.at(i).personId);
        table.addRow({IndexName::of(*person).shown, person->organisation});
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}
