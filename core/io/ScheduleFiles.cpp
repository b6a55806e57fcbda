#include "io/ScheduleFiles.h"

#include "util/QuotedPath.h"

#include "io/FrabJsonReader.h"
#include "io/FrabJsonWriter.h"
#include "io/FrabXmlReader.h"
#include "io/FrabXmlWriter.h"
#include "io/ICalendarWriter.h"
#include "io/OutputFile.h"
#include "io/ScheduleCsvReader.h"
#include "io/ScheduleFormat.h"
#include "io/SessionCsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFiles)
};

qint64 megabytes(bool xml)
{
    return xml ? ScheduleFiles::maxXmlMegabytes : ScheduleFiles::maxJsonMegabytes;
}

QString tooLarge(const QString &path, bool xml)
{
    return Tr::tr("%1 is larger than %2 MB; Podium reads schedule %3 files up to %2 MB.")
        .arg(quotedPath(path))
        .arg(megabytes(xml))
        .arg(xml ? QStringLiteral("XML") : QStringLiteral("JSON"));
}
} // namespace

Result<ScheduleDocument> ScheduleFiles::read(const QString &path, const ProgressCallback &progress,
                                             const QStringList &csvColumns)
{
    using R = Result<ScheduleDocument>;
    const auto kind = ScheduleFormat::detect(path);
    if (!kind)
        return R::failure(Tr::tr("%1 is not a schedule Podium can import: give a %2 file.")
                              .arg(quotedPath(path), ScheduleFormat::extensionList(true)));
    if (*kind == ScheduleFormat::SessionCsv)
        return ScheduleCsvReader::read(path, progress, csvColumns); // it knows spreadsheets' encodings and limits
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("%1 cannot be read: %2.").arg(quotedPath(path), file.errorString()));
    const QString name = QFileInfo(path).fileName();
    const bool xml = *kind == ScheduleFormat::FrabXml;
    const qint64 limit = megabytes(xml) * 1024 * 1024;
    if (file.size() > limit)
        return R::failure(tooLarge(path, xml));
    if (xml)
        return FrabXmlReader::read(file, name, progress);
    if (progress && !progress(0, 1))
        return R::failure(Tr::tr("Import cancelled: nothing was imported."));
    // At most one byte more than allowed, even from a pipe whose size is unknown.
    const QByteArray json = file.read(limit + 1);
    if (json.size() > limit)
        return R::failure(tooLarge(path, xml));
    return FrabJsonReader::read(json, name, progress);
}

Status ScheduleFiles::write(const ScheduleDocument &schedule, const QString &path, bool overwrite,
                            const QString &calendarName)
{
    const auto kind = ScheduleFormat::fromPath(path);
    if (!kind)
        return Status::failure(Tr::tr("%1: the file name must end in %2, which decides the format.")
                                   .arg(quotedPath(path), ScheduleFormat::extensionList(false)));
    auto output = OutputFile::open(path, overwrite);
    if (!output)
        return Status::failure(output.error());
    QIODevice &device = *output.value()->device();
    Status written;
    switch (*kind) {
    case ScheduleFormat::FrabXml: written = FrabXmlWriter::write(schedule, device); break;
    case ScheduleFormat::FrabJson: written = FrabJsonWriter::write(schedule, device); break;
    case ScheduleFormat::ICalendar: written = ICalendarWriter::write(schedule, device, calendarName); break;
    case ScheduleFormat::SessionCsv: written = SessionCsvWriter::write(schedule, device); break;
    }
    if (!written) {
        const Status failure = output.value()->failed() ? output.value()->writeFailure() : written;
        output.value()->cancel();
        return failure;
    }
    return output.value()->commit();
}
