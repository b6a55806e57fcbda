#include "io/ParticipantXlsxExporter.h"

#include "io/ExportRowReader.h"
#include "io/OutputFile.h"
#include "storage/ParticipantTableQuery.h"
#include "util/DiskProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <deque>
#include <map>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantXlsxExporter)
};

// One worksheet being filled: its next row and the widest value per column.
struct Sheet
{
    lxw_worksheet *worksheet = nullptr;
    lxw_row_t nextRow = 1;
    std::vector<double> widths;
};

double displayWidth(QByteArrayView utf8)
{
    qsizetype chars = 0;
    for (char c : utf8)
        chars += (uchar(c) & 0xC0) != 0x80; // count code points, not bytes
    return double(chars);
}

class Workbook
{
public:
    Workbook(const QString &path, const QString &tempDir, const std::vector<ParticipantField> &columns)
        : m_columns(columns), m_tempDir(tempDir.toLocal8Bit())
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = m_tempDir.data();
        m_workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        if (!m_workbook)
            return;
        m_bold = workbook_add_format(m_workbook);
        format_set_bold(m_bold);
        format_set_bg_color(m_bold, 0xDDE6F0);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        m_date = workbook_add_format(m_workbook);
        format_set_num_format(m_date, "yyyy-mm-dd hh:mm");
    }
    ~Workbook()
    {
        if (m_workbook)
            workbook_close(m_workbook); // only after a failure: close() below clears it
    }
    bool isOpen() const { return m_workbook != nullptr; }

    Sheet &addSheet(const QString &name)
    {
        Sheet sheet;
        sheet.worksheet = workbook_add_worksheet(m_workbook, name.left(31).toUtf8().constData());
        for (size_t c = 0; c < m_columns.size(); ++c) {
            const QByteArray header = ParticipantFields::label(m_columns[c]).toUtf8();
            worksheet_write_string(sheet.worksheet, 0, lxw_col_t(c), header.constData(), m_bold);
            sheet.widths.push_back(displayWidth(header) + 3); // room for the filter button
        }
        worksheet_freeze_panes(sheet.worksheet, 1, 0);
        m_sheets.push_back(std::move(sheet));
        return m_sheets.back();
    }

    void writeRow(Sheet &sheet, ExportRowReader &reader, const ParticipantTableQuery::RawRow &row)
    {
        for (size_t c = 0; c < m_columns.size(); ++c) {
            const ParticipantField field = m_columns[c];
            const lxw_col_t col = lxw_col_t(c);
            LocalTimeConverter::Parts t;
            if (ParticipantFields::isDateTime(field)) {
                if (reader.times().toLocal(row.text(field), t)) {
                    lxw_datetime when{t.year, t.month, t.day, t.hour, t.minute, double(t.second)};
                    worksheet_write_datetime(sheet.worksheet, sheet.nextRow, col, &when, m_date);
                    sheet.widths[c] = qMax(sheet.widths[c], 17.0);
                }
                continue;
            }
            const QByteArrayView text = reader.text(row, field);
            if (text.isEmpty())
                continue;
            // Views from SQLite and from the reader's buffer end with a NUL.
            worksheet_write_string(sheet.worksheet, sheet.nextRow, col, text.data(), nullptr);
            sheet.widths[c] = qMax(sheet.widths[c], displayWidth(text) + 1);
        }
        ++sheet.nextRow;
    }

    QString close()
    {
        for (Sheet &sheet : m_sheets) {
            const lxw_col_t lastColumn = lxw_col_t(m_columns.size() - 1);
            worksheet_autofilter(sheet.worksheet, 0, 0, qMax<lxw_row_t>(1, sheet.nextRow - 1), lastColumn);
            for (size_t c = 0; c < sheet.widths.size(); ++c)
                worksheet_set_column(sheet.worksheet, lxw_col_t(c), lxw_col_t(c), qMin(sheet.widths[c], 50.0), nullptr);
        }
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        return error == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(error));
    }

private:
    const std::vector<ParticipantField> &m_columns;
    QByteArray m_tempDir;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    std::deque<Sheet> m_sheets; // a deque: references to sheets stay valid as sheets are added
};
} // namespace

ParticipantXlsxExporter::ParticipantXlsxExporter(const EventStore &file, ParticipantExportOptions options)
    : m_file(file), m_options(std::move(options))
{
}

Result<ParticipantXlsxExporter::Outcome> ParticipantXlsxExporter::writeWorkbook(const QString &path,
                                                                               const ExportProgress &progress)
{
    using R = Result<Outcome>;
    Workbook workbook(path, QFileInfo(path).absolutePath(), m_options.columns);
    if (!workbook.isOpen())
        return R::failure(Tr::tr("The workbook could not be created."));
    // One sheet per category that has rows to export, in the categories' order.
    std::map<ParticipantCategory, Sheet *> sheets;
    Sheet *single = nullptr;
    std::vector<ParticipantCategory> categories;
    if (m_options.sheetPerCategory) {
        for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values()) {
            if (m_options.filter.category && *m_options.filter.category != category)
                continue;
            ParticipantFilter filter = m_options.filter;
            filter.category = category;
            auto count = ParticipantTableQuery(m_file, filter).count();
            if (!count)
                return R::failure(count.error());
            if (count.value() > 0)
                categories.push_back(category);
        }
    }
    for (ParticipantCategory category : categories)
        sheets[category] = &workbook.addSheet(toLabel(category));
    if (categories.empty())
        single = &workbook.addSheet(Tr::tr("Participants"));
    ExportRowReader reader(m_file, m_options);
    Outcome outcome;
    const Status scanned = reader.forEach(
        [&](const ParticipantTableQuery::RawRow &row) {
            Sheet *sheet = single;
            if (!sheet) {
                const auto category = Vocabulary<ParticipantCategory>::fromKey(
                                          QString::fromUtf8(row.text(ParticipantField::Category)))
                                          .value_or(ParticipantCategory::Attendee);
                Sheet *&slot = sheets[category];
                if (!slot)
                    slot = &workbook.addSheet(toLabel(category));
                sheet = slot;
            }
            workbook.writeRow(*sheet, reader, row);
            ++outcome.rows;
            return true;
        },
        progress, &outcome.cancelled);
    if (!scanned)
        return R::failure(scanned.error());
    if (outcome.cancelled)
        return outcome;
    if (const QString error = workbook.close(); !error.isEmpty()) {
        // libxlsxwriter names its own step ("error creating output file"), not the cause.
        if (DiskProblem::isFull(path))
            return R::failure(DiskProblem::noSpace(QFileInfo(path).absolutePath()), error);
        return R::failure(Tr::tr("The workbook could not be written: %1.").arg(error), error);
    }
    return outcome;
}

Result<ParticipantXlsxExporter::Outcome> ParticipantXlsxExporter::exportTo(const QString &path, bool overwrite,
                                                                           const ExportProgress &progress)
{
    using R = Result<Outcome>;
    auto output = OutputFile::open(path, overwrite);
    if (!output)
        return R::failure(output.error());
    // libxlsxwriter writes to a path: build the workbook in a private folder,
    // then copy it into the output file, which goes into place complete and 0600.
    QTemporaryDir work; // created 0700
    if (!work.isValid())
        return R::failure(Tr::tr("No temporary folder could be created: %1.").arg(work.errorString()));
    const QString temporary = QDir(work.path()).filePath(QStringLiteral("participants.xlsx"));
    auto written = writeWorkbook(temporary, progress);
    if (!written || written->cancelled) {
        output.value()->cancel();
        return written;
    }
    QFile built(temporary);
    if (!built.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("The workbook could not be written: %1.").arg(built.errorString()));
    QIODevice *device = output.value()->device();
    while (!built.atEnd()) {
        const QByteArray chunk = built.read(1 << 20);
        if (device->write(chunk) != chunk.size()) {
            const Status failure = output.value()->writeFailure();
            output.value()->cancel();
            return R::failure(failure.error(), failure.details());
        }
    }
    if (Status s = output.value()->commit(); !s)
        return R::failure(s.error(), s.details());
    return written;
}
