#pragma once

#include "io/CsvWriter.h"
#include "model/ParticipantField.h"
#include "privacy/ConsentPolicy.h"
#include "storage/ParticipantFilter.h"
#include "util/Result.h"

#include <QStringList>

#include <functional>
#include <vector>

// What a participants export (CSV or XLSX) writes, and how.
struct ParticipantExportOptions
{
    std::vector<ParticipantField> columns = ParticipantFields::all();
    ParticipantFilter filter; // category, search... (the table's current view, or --category)
    ParticipantSort sort;
    // SharedSpreadsheet leaves out who did not consent (ConsentPolicy decides).
    ConsentPolicy::Output output = ConsentPolicy::Output::InternalSpreadsheet;
    CsvWriter::Format csv;
    bool sheetPerCategory = false; // XLSX only
    // Category, status, organisation type and yes/no as people read them in
    // Podium, in the interface language ("Speaker", "Intervenant"), or, for
    // other programs, as the stable internal codes ("speaker", yes/no). The
    // import reads both.
    bool codes = false;

    // Named presets: "standard", "excel", "excel-europe", "share".
    static QStringList presetKeys();
    static QString presetLabel(const QString &key);
    static Result<ParticipantExportOptions> preset(const QString &key);
    // The columns of the "attendee list to share": no contact details.
    static std::vector<ParticipantField> sharedColumns();
    // "first_name,last_name,email" -> fields, or why not.
    static Result<std::vector<ParticipantField>> parseColumns(const QString &list);
};

// Called now and then with 0..1; return false to cancel (nothing is written then).
using ExportProgress = std::function<bool(double)>;
