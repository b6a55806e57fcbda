#include "print/CertificateRenderer.h"

#include "design/DesignPainter.h"
#include "design/DesignSubject.h"

#include "print/FittedText.h"
#include "print/PageCanvas.h"
#include "print/PrintedName.h"

#include <QCoreApplication>
#include <QPainter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CertificateRenderer", text);
}
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5a, 0x60, 0x6a);
const QColor frame(0x1f, 0x5f, 0x99);
} // namespace

QList<Participant> CertificateRenderer::participants() const
{
    QList<Participant> list;
    for (const Participant &p : selectParticipants()) {
        const bool wanted = options().allRegistered ? p.status == RegistrationStatus::Registered || options().status.has_value()
                                                    : p.isCheckedIn();
        if (wanted)
            list << p;
    }
    return list;
}

QPageLayout CertificateRenderer::pageLayout() const
{
    if (!options().design)
        return DocumentRenderer::pageLayout();
    const QSizeF page = options().design->size;
    const bool landscape = page.width() > page.height();
    return QPageLayout(QPageSize(landscape ? page.transposed() : page, QPageSize::Millimeter),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

Status CertificateRenderer::renderDesign(PageCanvas &canvas, const QList<Participant> &list, const PrintProgress &progress) const
{
    const Design &design = *options().design;
    const Status valid = design.validate();
    if (!valid)
        return valid;
    const DesignPainter painter(canvas, design, options().designImages);
    const DesignSubjects subjectsOf(data(), design);
    const bool duplex = design.sides == Design::Sides::DuplexLongEdge || design.sides == Design::Sides::DuplexShortEdge;
    for (int i = 0; i < list.size(); ++i) {
        if (canvas.full())
            break;
        if (i % 10 == 0 && !step(progress, i, int(list.size())))
            return Status::failure(cancelledMessage());
        const DesignSubject subject = subjectsOf.of(list.at(i));
        for (const DesignSide *side : {&design.front, &design.back}) {
            if (side == &design.back && !duplex)
                break;
            canvas.beginPage();
            QPainter &p = canvas.painter();
            p.setWorldTransform(options().calibration.transform(), true);
            const Status painted = painter.paint(p, *side, subject);
            if (!painted)
                return painted;
        }
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}

Status CertificateRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<Participant> list = participants();
    if (list.isEmpty())
        return Status::failure(options().allRegistered
                                   ? noParticipantsMessage()
                                   : tr("Nobody has checked in yet, so there is no certificate to print (use “all registered” "
                                        "to print one for everyone registered)."));
    if (options().design)
        return renderDesign(canvas, list, progress);
    for (int i = 0; i < list.size(); ++i) {
        if (canvas.full())
            break;
        if (i % 10 == 0 && !step(progress, i, int(list.size())))
            return Status::failure(cancelledMessage());
        canvas.beginPage();
        drawCertificate(canvas, *data().person(list.at(i).personId));
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}

void CertificateRenderer::drawCertificate(PageCanvas &canvas, const Person &person) const
{
    const Event &e = data().event;
    const QSizeF page = canvas.pageSize();
    const qreal s = qBound(0.75, page.width() / 595.0, 1.5);
    const qreal margin = 18 * PageCanvas::pointsPerMm * s;
    const qreal width = page.width() - 2 * margin;
    QPainter &p = canvas.painter();
    const qreal inset = 9 * PageCanvas::pointsPerMm * s;
    p.setPen(QPen(frame, 2.5 * s));
    p.drawRect(QRectF(inset, inset, page.width() - 2 * inset, page.height() - 2 * inset));
    p.setPen(QPen(frame, 0.8 * s));
    p.drawRect(QRectF(inset + 5 * s, inset + 5 * s, page.width() - 2 * inset - 10 * s, page.height() - 2 * inset - 10 * s));

    qreal y = page.height() * 0.16;
    auto put = [&](const TextBlock &block, const QColor &color, qreal after) {
        p.setPen(color);
        block.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
        y += block.height() + after * s;
    };
    put(TextBlock::wrap(canvas, tr("Certificate of Attendance"), canvas.font(22 * s, QFont::Bold), width, 2), frame, 40);
    put(TextBlock::line(canvas, tr("This is to certify that"), canvas.font(13 * s, QFont::Normal, true), width), muted, 16);
    // The name is the largest text: one line as large as fits, then two, never below 24 points.
    const TextBlock name = FittedText::fit(canvas, PrintedName::of(person).withHonorific(), QFont::Bold, width, 34 * s, 24 * s, 4).block;
    put(name, ink, 6);
    put(TextBlock::wrap(canvas, person.organisation, canvas.font(13 * s), width, 2), muted, 22);
    put(TextBlock::line(canvas, tr("attended"), canvas.font(13 * s, QFont::Normal, true), width), muted, 16);
    put(TextBlock::wrap(canvas, e.name, canvas.font(18 * s, QFont::Bold), width, 3), ink, 6);
    put(TextBlock::wrap(canvas, e.subtitle, canvas.font(12 * s, QFont::Normal, true), width, 3), muted, 20);
    QString where = e.venueName.trimmed();
    if (!e.venueAddress.trimmed().isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + e.venueAddress.trimmed();
    const QString held = where.isEmpty() ? tr("held on %1").arg(data().eventDates())
                                         : tr("held on %1 at %2").arg(data().eventDates(), where);
    put(TextBlock::wrap(canvas, held, canvas.font(12 * s), width, 3), ink, 10);
    if (!e.organiser.trimmed().isEmpty())
        put(TextBlock::wrap(canvas, tr("organised by %1").arg(e.organiser.trimmed()), canvas.font(12 * s), width, 3), ink, 0);

    // A line to sign on.
    const qreal lineY = page.height() - margin - 40 * s;
    const qreal lineWidth = width * 0.42;
    p.setPen(QPen(ink, 0.6));
    p.drawLine(QPointF(margin + width - lineWidth, lineY), QPointF(margin + width, lineY));
    const TextBlock sign = TextBlock::line(canvas, tr("For the organisers"), canvas.font(9.5 * s), lineWidth);
    p.setPen(muted);
    sign.draw(p, QPointF(margin + width - lineWidth, lineY + 3), lineWidth, Qt::AlignHCenter);
}
