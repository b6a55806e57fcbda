// Schedule exchange benchmark: a generated 1,000-session event exported to
// and imported from frab XML and JSON (target: under 300 ms each), and a
// ~100 MB XML schedule streamed. Prints the figures; asserts nothing.

#include "generate/EventGenerator.h"
#include "io/FrabJsonReader.h"
#include "io/FrabJsonWriter.h"
#include "io/FrabXmlReader.h"
#include "io/FrabXmlWriter.h"
#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleImporter.h"
#include "model/Event.h"
#include "storage/EventFile.h"

#include <QBuffer>
#include "BenchTimer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {
QByteArray written(const std::function<Status(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(buffer);
    return buffer.data();
}

// Creating the file is timed apart: the import is what runs into it.
bool importInto(const QString &path, const ScheduleDocument &doc, const char *what)
{
    auto file = EventFile::create(path, Event());
    return file.ok() && timed(what, [&] { return ScheduleImporter::run(*file.value(), doc, {}).ok(); }) >= 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    EventGenerator::Options options;
    options.sessions = 1000;
    options.rooms = 10;
    options.days = 3;
    options.participants = 0;
    {
        auto file = EventFile::create(dir.filePath(QStringLiteral("source.podium")), Event());
        if (!file.ok() || !EventGenerator::fill(*file.value(), options).ok())
            return 1;
    }
    auto source = EventFile::open(dir.filePath(QStringLiteral("source.podium")));
    if (!source.ok())
        return 1;
    ScheduleDocument doc;
    timed("build document from event (1,000 sessions)", [&] {
        auto built = ScheduleDocumentBuilder::build(*source.value());
        if (built.ok())
            doc = built.value();
        return built.ok();
    });
    std::printf("sessions in document: %lld\n", qlonglong(doc.sessions.size()));

    QByteArray xml, json;
    timed("export frab XML", [&] {
        xml = written([&](QIODevice &d) { return FrabXmlWriter::write(doc, d); });
        return !xml.isEmpty();
    });
    timed("export frab JSON", [&] {
        json = written([&](QIODevice &d) { return FrabJsonWriter::write(doc, d); });
        return !json.isEmpty();
    });
    std::printf("XML %.1f KB, JSON %.1f KB\n", xml.size() / 1024.0, json.size() / 1024.0);

    ScheduleDocument fromXml, fromJson;
    timed("parse frab XML", [&] {
        QBuffer buffer(&xml);
        buffer.open(QIODevice::ReadOnly);
        auto read = FrabXmlReader::read(buffer, QStringLiteral("bench.xml"));
        if (read.ok())
            fromXml = read.value();
        return read.ok() && fromXml.sessions.size() == doc.sessions.size();
    });
    timed("parse frab JSON", [&] {
        auto read = FrabJsonReader::read(json, QStringLiteral("bench.json"));
        if (read.ok())
            fromJson = read.value();
        return read.ok() && fromJson.sessions.size() == doc.sessions.size();
    });
    importInto(dir.filePath(QStringLiteral("xml.podium")), fromXml, "write parsed XML into a new event");
    importInto(dir.filePath(QStringLiteral("json.podium")), fromJson, "write parsed JSON into a new event");
    timed("create an empty event file (for comparison)", [&] {
        return EventFile::create(dir.filePath(QStringLiteral("empty.podium")), Event()).ok();
    });

    // A ~100 MB schedule: the same timetable repeated with fresh GUIDs.
    ScheduleDocument big = doc;
    const int copies = int(100.0 * 1024 * 1024 / std::max<qsizetype>(1, xml.size())) + 1;
    for (int c = 1; c < copies; ++c)
        for (int i = 0; i < doc.sessions.size(); ++i) {
            ScheduleSession s = doc.sessions[i];
            s.guid = ScheduleDocument::stableGuid(QStringLiteral("%1/%2").arg(c).arg(i));
            s.externalId = qint64(c) * 100000 + i + 1;
            big.sessions << s;
        }
    const QString bigPath = dir.filePath(QStringLiteral("big.xml"));
    {
        QFile out(bigPath);
        out.open(QIODevice::WriteOnly);
        FrabXmlWriter::write(big, out);
    }
    std::printf("big XML: %.1f MB, %lld sessions\n", QFileInfo(bigPath).size() / 1048576.0, qlonglong(big.sessions.size()));
    int reports = 0;
    timed("stream ~100 MB XML with progress", [&] {
        QFile in(bigPath);
        in.open(QIODevice::ReadOnly);
        auto read = FrabXmlReader::read(in, QStringLiteral("big.xml"), [&](qint64, qint64) { return ++reports > 0; });
        return read.ok() && read->sessions.size() == big.sessions.size();
    });
    std::printf("progress reports while streaming: %d\n", reports);
    return 0;
}
