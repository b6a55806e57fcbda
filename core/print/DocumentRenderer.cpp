#include "print/DocumentRenderer.h"

#include "print/AttendeeListRenderer.h"
#include "print/BadgeRenderer.h"
#include "print/CertificateRenderer.h"
#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/ParticipantSelection.h"
#include "print/ProgrammeRenderer.h"
#include "print/RoomSignRenderer.h"
#include "print/SignInSheetRenderer.h"
#include "print/SpeakerListRenderer.h"
#include "print/TimetableRenderer.h"

#include <QCoreApplication>
#include <QPainter>

std::unique_ptr<DocumentRenderer> DocumentRenderer::create(const PrintData &data, const PrintOptions &options)
{
    switch (options.kind) {
    case DocumentKind::Programme: return std::make_unique<ProgrammeRenderer>(data, options);
    case DocumentKind::Timetable: return std::make_unique<TimetableRenderer>(data, options);
    case DocumentKind::Badges: return std::make_unique<BadgeRenderer>(data, options);
    case DocumentKind::RoomSigns: return std::make_unique<RoomSignRenderer>(data, options);
    case DocumentKind::AttendeeList: return std::make_unique<AttendeeListRenderer>(data, options);
    case DocumentKind::SignInSheets: return std::make_unique<SignInSheetRenderer>(data, options);
    case DocumentKind::SpeakerList: return std::make_unique<SpeakerListRenderer>(data, options);
    case DocumentKind::Certificates: return std::make_unique<CertificateRenderer>(data, options);
    }
    return nullptr;
}

QPageLayout DocumentRenderer::pageLayout() const
{
    return layout(m_options.paper, QPageLayout::Portrait);
}

QPageLayout DocumentRenderer::layout(QPageSize::PageSizeId paper, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(paper), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

QString DocumentRenderer::cancelledMessage()
{
    return QCoreApplication::translate("DocumentRenderer", "Printing was cancelled.");
}

bool DocumentRenderer::step(const PrintProgress &progress, int done, int total)
{
    return !progress || progress(done, total);
}

QList<Participant> DocumentRenderer::selectParticipants() const
{
    return ParticipantSelection(m_data, m_options).participants();
}

QString DocumentRenderer::noParticipantsMessage() const
{
    QStringList filters;
    if (m_options.category)
        filters << QCoreApplication::translate("DocumentRenderer", "category %1").arg(toLabel(*m_options.category));
    if (m_options.status)
        filters << QCoreApplication::translate("DocumentRenderer", "status %1").arg(toLabel(*m_options.status));
    else if (m_options.kind == DocumentKind::Badges)
        filters << QCoreApplication::translate("DocumentRenderer", "status %1").arg(toLabel(RegistrationStatus::Registered));
    if (m_options.unprintedOnly)
        filters << QCoreApplication::translate("DocumentRenderer", "badge not printed yet");
    if (m_options.onlyParticipants)
        filters << QCoreApplication::translate("DocumentRenderer", "the participants chosen");
    if (filters.isEmpty())
        return QCoreApplication::translate("DocumentRenderer", "%1: no participant to print.")
            .arg(DocumentKinds::label(m_options.kind));
    return QCoreApplication::translate("DocumentRenderer", "%1: no participant matches %2, so there is nothing to print.")
        .arg(DocumentKinds::label(m_options.kind), filters.join(QStringLiteral(", ")));
}

QRectF DocumentRenderer::contentArea(const PageCanvas &canvas) const
{
    const QSizeF page = canvas.pageSize();
    // 15 mm on A4 and larger, a little less on A5.
    const qreal margin = (page.width() < 450 ? 12 : 15) * PageCanvas::pointsPerMm;
    const qreal footerRoom = 18;
    return QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin - footerRoom);
}

std::function<void(PageCanvas &, int)> DocumentRenderer::footer(const QString &title, int firstNumberedPage) const
{
    const QString eventName = m_data.event.name;
    return [this, title, eventName, firstNumberedPage](PageCanvas &canvas, int page) {
        if (page < firstNumberedPage)
            return;
        const QRectF area = contentArea(canvas);
        const qreal y = area.bottom() + 8;
        QPainter &p = canvas.painter();
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QFont font = canvas.font(7.5);
        const TextBlock number = TextBlock::line(canvas, QString::number(page), font, area.width());
        const qreal numberWidth = number.width(canvas) + 12;
        const QString left = title.isEmpty() ? eventName : eventName + QStringLiteral(" · ") + title;
        TextBlock::line(canvas, left, font, area.width() - numberWidth).draw(p, QPointF(area.left(), y + 3), area.width());
        number.draw(p, QPointF(area.left(), y + 3), area.width(), Qt::AlignRight);
    };
}

QRectF DocumentRenderer::colourBand(const PageCanvas &canvas, qreal height) const
{
    const QSizeF page = canvas.pageSize();
    if (m_options.bleed) {
        const qreal bleed = PageCanvas::bleedMm * PageCanvas::pointsPerMm;
        return QRectF(-bleed, -bleed, page.width() + 2 * bleed, height + bleed);
    }
    const qreal edge = PrintOptions::printableMarginMm * PageCanvas::pointsPerMm;
    return QRectF(edge, edge, page.width() - 2 * edge, height);
}

void DocumentRenderer::heading(PageFlow &flow, const QString &text, qreal size, qreal keepWithNext) const
{
    PageCanvas &canvas = flow.canvas();
    const TextBlock block = TextBlock::wrap(canvas, text, canvas.font(size, QFont::Bold), flow.width());
    const qreal space = flow.atTop() ? 0 : size * 0.8;
    if (!flow.ensure(space + block.height() + keepWithNext))
        flow.advance(space);
    flow.painter().setPen(QColor(0x1a, 0x2b, 0x3c));
    block.draw(flow.painter(), QPointF(flow.left(), flow.y()), flow.width());
    flow.advance(block.height() + size * 0.3);
}
