#include "print/PdfExport.h"

#include "io/OutputFile.h"
#include "print/DocumentRenderer.h"
#include "print/PageCanvas.h"
#include "print/PagedDeviceCanvas.h"
#include "print/PrintData.h"

#include <QCoreApplication>
#include <QPdfWriter>

Result<int> PdfExport::write(const PrintData &data, const PrintOptions &options, const QString &path, bool overwrite,
                             const PrintProgress &progress)
{
    auto file = OutputFile::open(path, overwrite);
    if (!file)
        return Result<int>::failure(file.error());
    const auto renderer = DocumentRenderer::create(data, options);
    int pages = 0;
    Status rendered;
    {
        QPdfWriter writer(file.value()->device());
        writer.setCreator(QStringLiteral("Podium %1").arg(QStringLiteral(PODIUM_VERSION)));
        writer.setTitle(DocumentKinds::label(options.kind) + QStringLiteral(" – ") + data.event.name);
        // With bleed: a larger sheet, the page in its middle, crop marks around (a print shop trims it).
        const qreal slug = options.bleed ? PageCanvas::slugMm * PageCanvas::pointsPerMm : 0;
        PagedDeviceCanvas canvas(&writer, slug > 0 ? PageCanvas::grown(renderer->pageLayout(), slug) : renderer->pageLayout());
        canvas.setSlug(slug);
        rendered = renderer->render(canvas, progress);
        const Status finished = canvas.finish();
        if (rendered && !finished)
            rendered = finished;
        pages = canvas.pageCount();
    }
    if (!rendered) {
        const Status failure = file.value()->failed() ? file.value()->writeFailure() : rendered;
        file.value()->cancel();
        return Result<int>::failure(failure.error(), failure.details());
    }
    const Status committed = file.value()->commit();
    if (!committed)
        return Result<int>::failure(committed.error(), committed.details());
    return pages;
}
