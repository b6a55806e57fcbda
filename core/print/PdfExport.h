#pragma once

#include "print/PrintOptions.h"
#include "util/Result.h"

class PrintData;

// Writes a printed document as a PDF file: rendered by the document's
// renderer on a QPdfWriter, written through OutputFile (temporary file,
// renamed into place when complete, readable by the owner only).
class PdfExport
{
public:
    // The number of pages written.
    static Result<int> write(const PrintData &data, const PrintOptions &options, const QString &path, bool overwrite,
                             const PrintProgress &progress = {});
};
