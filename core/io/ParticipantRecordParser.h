#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/FieldValueParser.h"
#include "model/ParticipantRow.h"
#include "util/LocalTimeConverter.h"

#include <QStringList>
#include <QTimeZone>

#include <vector>

// Turns one spreadsheet record into a person and a registration, checking
// every value; each problem names the line and the column.
class ParticipantRecordParser
{
public:
    struct Parsed
    {
        ParticipantRow row;
        quint32 given = 0;    // bit per ParticipantField: the file gives a value (updates only touch these)
        QStringList problems; // nothing is imported when there are any
        QStringList warnings; // imported anyway
        bool has(ParticipantField field) const { return given & (1u << int(field)); }
    };

    ParticipantRecordParser(ColumnMapping mapping, QTimeZone zone);

    // Reads the rest of the file through a copy of the reader, so that each
    // date column reads its ambiguous dates (10/11/2018) in the order its
    // other dates prove (10/30/2018: month first), as the spreadsheet wrote them.
    void learnDateOrders(CsvReader ahead);
    // From now on, parsed texts that lie in `lasting` (a reader's text())
    // point into it instead of being copied (QString::fromRawData): for a
    // caller that keeps `lasting` alive and unchanged for longer than every
    // row parsed and every copy of their texts.
    void shareTextsOf(QStringView lasting) { m_lasting = lasting; }
    // What to do with rows holding bytes that were not UTF-8 (read as U+FFFD)
    // in a file that is otherwise UTF-8: refuse them by line, or keep them
    // with a warning. Files without such bytes are not looked at.
    enum class InvalidBytes { None, Refuse, Accept };
    void setInvalidBytes(InvalidBytes policy) { m_invalidBytes = policy; }
    Parsed parse(const CsvReader::Record &record) const;
    // A record with nothing in it (blank line, or only delimiters).
    static bool isBlank(const CsvReader::Record &record);
    const ColumnMapping &mapping() const { return m_mapping; }

private:
    void assign(Parsed &out, ParticipantField field, QStringView value, int line, int column) const;
    QString where(int line, int column) const;
    // The value as a string of its own, or shared when it lies in m_lasting.
    QString text(QStringView value) const;

    ColumnMapping m_mapping;
    mutable LocalTimeConverter m_zone; // remembers the zone's offsets
    std::vector<FieldValueParser::DateOrder> m_dateOrders; // by column
    QDateTime m_readAt; // registration time of rows without one: one instant for the whole file
    QStringView m_lasting;
    InvalidBytes m_invalidBytes = InvalidBytes::None;
};
