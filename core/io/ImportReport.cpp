#include "io/ImportReport.h"

#include <QCoreApplication>

QString ImportReport::summary() const
{
    return QCoreApplication::translate("ImportReport", "%n row(s): %1 new, %2 updated, %3 skipped (already registered).",
                                       nullptr, rows)
        .arg(created)
        .arg(updated)
        .arg(skipped);
}
