#pragma once

#include "io/ImportReport.h"
#include "io/ParticipantRowReader.h"
#include "util/DenseIdMap.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

class EventStore;
class ParticipantSink;

// Imports participants from a CSV file in one transaction: every row is read
// and checked, and the file is changed only when all rows are good (and not on
// a dry run or when cancelled). A row creates a person and a registration;
// a row whose e-mail address is already in the event (or earlier in the file)
// is a duplicate, skipped, merged or refused as asked.
class ParticipantImporter
{
public:
    enum class OnDuplicate { Skip, Update, Fail };
    struct Options
    {
        OnDuplicate onDuplicate = OnDuplicate::Skip;
        bool dryRun = false;
        QStringList overrides;   // --map COLUMN=field
        ColumnMapping mapping;   // when it has targets, used instead of guessing (the wizard)
        int maxProblems = 50;    // listed in the report; the rest are counted
        // In a UTF-8 file with a few bytes that are not UTF-8: import those
        // rows with U+FFFD in place of the bytes, instead of refusing them.
        bool acceptInvalidBytes = false;
    };
    // Called now and then with 0..1; return false to cancel.
    using Progress = std::function<bool(double)>;

    struct Preview
    {
        QString encoding;
        QChar delimiter;
        ColumnMapping mapping;          // guessed (and overridden)
        QString mappingProblem;         // why the mapping cannot be used yet
        QList<QStringList> firstRows;   // a few records after the header
    };

    static std::optional<OnDuplicate> onDuplicateFromKey(const QString &key);

    // Reads the file's start without touching the event (the wizard's preview).
    static Result<Preview> preview(const QString &csvPath, const QStringList &overrides = {}, int rows = 8);

    ParticipantImporter(const EventStore &file, Options options);
    // Fails only when the CSV cannot be read at all; problems in rows are in the report.
    Result<ImportReport> run(const QString &csvPath, const Progress &progress = {});

    // Takes back what an import wrote (its report says what).
    static Status undo(const EventStore &file, const ImportReport &report);

private:
    enum class RowOutcome { Created, Updated, Skipped, Refused };
    // Takes what it needs from the row.
    Result<RowOutcome> write(ParticipantSink &writer, ParticipantRowReader::Row &row, ImportReport &report);
    void reserve(ParticipantSink &writer, ImportReport &report, qsizetype rows);
    void addProblem(ImportReport &report, const QString &problem) const;

    const EventStore &m_file;
    Options m_options;
    DenseIdMap<int> m_createdOnLine; // the people this import created, and the line each came from
    std::vector<PersonId> m_personOfRow; // by row index: the person the row's address stands for, or 0
};
