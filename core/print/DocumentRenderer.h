#pragma once

#include "print/PrintData.h"
#include "print/PrintOptions.h"
#include "print/TextBlock.h"
#include "privacy/ConsentPolicy.h"
#include "util/Result.h"

#include <QPageLayout>

#include <memory>

class PageCanvas;
class PageFlow;

// Paints one kind of document for an event on a canvas (PDF, printer or
// preview images). Each document is its own subclass; create() picks it.
class DocumentRenderer
{
public:
    DocumentRenderer(const PrintData &data, const PrintOptions &options) : m_data(data), m_options(options) {}
    virtual ~DocumentRenderer() = default;

    static std::unique_ptr<DocumentRenderer> create(const PrintData &data, const PrintOptions &options);

    // The paper and orientation the canvas must use.
    virtual QPageLayout pageLayout() const;
    // Paints every page. Fails (painting nothing) when there is nothing to print,
    // and stops with a failure when progress returns false.
    virtual Status render(PageCanvas &canvas, const PrintProgress &progress) = 0;

    // The message of a render that the user cancelled.
    static QString cancelledMessage();
    static bool wasCancelled(const Status &status) { return !status && status.error() == cancelledMessage(); }

protected:
    const PrintData &data() const { return m_data; }
    const PrintOptions &options() const { return m_options; }
    static QPageLayout layout(QPageSize::PageSizeId paper, QPageLayout::Orientation orientation);
    // Participants this document lists (see ParticipantSelection).
    QList<Participant> selectParticipants() const;
    // "No participant matches ..." for an empty selection.
    QString noParticipantsMessage() const;
    // Reports progress; false when the user cancelled.
    static bool step(const PrintProgress &progress, int done, int total);
    // The content area inside the page margins, in points.
    QRectF contentArea(const PageCanvas &canvas) const;
    // A running footer (event name, document title, page number) for flowing documents.
    std::function<void(PageCanvas &, int)> footer(const QString &title, int firstNumberedPage = 1) const;
    // A colour band across the top of the page, this high: inside the printable area, or
    // running off the paper's edges into the bleed with --bleed.
    QRectF colourBand(const PageCanvas &canvas, qreal height) const;
    // A heading that starts on a fresh line with some space before it.
    void heading(PageFlow &flow, const QString &text, qreal size, qreal keepWithNext = 0) const;

private:
    const PrintData &m_data;
    PrintOptions m_options;
};
