#include "io/FrabXmlReader.h"

#include "io/ScheduleDocumentAssembler.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrabXmlReader)
};

// Elements of the format that Podium has no place for: skipped silently.
const QSet<QString> &ignoredElements()
{
    static const QSet<QString> names = {
        QStringLiteral("generator"), QStringLiteral("version"), QStringLiteral("url"), QStringLiteral("base_url"),
        QStringLiteral("timeslot_duration"), QStringLiteral("logo"), QStringLiteral("color"), QStringLiteral("video_download_url"),
        QStringLiteral("feedback_url"), QStringLiteral("origin_url"), QStringLiteral("answers"),
        QStringLiteral("conf_url"), QStringLiteral("do_not_record"), QStringLiteral("do_not_stream"),
        QStringLiteral("recording_license"), QStringLiteral("end"), QStringLiteral("code"),
        // pentabarf's; FOSDEM's says 09:00 although talks start earlier. The
        // days' own start and end, or the event's "day changes at", decide.
        QStringLiteral("day_change"),
    };
    return names;
}

class Parser
{
public:
    Parser(QIODevice &device, const QString &fileName, const ProgressCallback &progress)
        : m_device(device), m_xml(&device), m_out(fileName, ScheduleDocumentAssembler::Syntax::Xml), m_progress(progress)
    {
    }
    Result<ScheduleDocument> run();

private:
    bool child();
    // Text of an element that may hold its words in a <title> child instead.
    QString titledText();
    // What Podium keeps in processing instructions where the schema has no element
    // (<?podium-guid HOqeNIb6G7M4hYFKFRkCmQ?>): the last one of that name seen.
    QString instruction(const char *name) const { return m_instructions.value(QLatin1String(name)); }
    QString origin() const { return Tr::tr("line %1").arg(m_xml.lineNumber()); }
    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements); }
    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1String(name)).toString(); }
    void fail(const Status &status);
    void skip(const QString &context);
    void conference();
    void day();
    void room(const QString &date);
    void event(const QString &date, const QString &roomName);
    void persons(RawScheduleEvent &raw);
    void links(QList<SessionLink> &into, const char *element);
    void recording(RawScheduleEvent &raw);

    QIODevice &m_device;
    QXmlStreamReader m_xml;
    ScheduleDocumentAssembler m_out;
    const ProgressCallback &m_progress;
    QString m_failure; // a problem of content, already worded with file and place
    int m_elements = 0;
    QHash<QString, QString> m_instructions;
};

bool Parser::child()
{
    // QXmlStreamReader::readNextStartElement(), keeping the processing instructions it passes.
    bool started = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::ProcessingInstruction)
            m_instructions.insert(m_xml.processingInstructionTarget().toString(),
                                  m_xml.processingInstructionData().toString().trimmed());
        else if (token == QXmlStreamReader::StartElement)
            started = true;
        if (started || token == QXmlStreamReader::EndElement)
            break;
    }
    if (!started)
        return false;
    if (m_progress && ++m_elements % 512 == 0 && !m_progress(m_device.pos(), m_device.size()))
        fail(Status::failure(Tr::tr("Import cancelled: nothing was imported.")));
    return !m_xml.hasError();
}

void Parser::fail(const Status &status)
{
    if (status.ok() || !m_failure.isEmpty())
        return;
    m_failure = status.error();
    m_xml.raiseError(m_failure);
}

void Parser::skip(const QString &context)
{
    const QString name = m_xml.name().toString();
    if (!ignoredElements().contains(name))
        m_out.warn(context + QLatin1Char('/') + name, origin(),
                   Tr::tr("unknown element <%1> in <%2> ignored.").arg(name, context));
    m_xml.skipCurrentElement();
}

Result<ScheduleDocument> Parser::run()
{
    // Refuse a DTD before the reader could expand anything it declares.
    while (!m_xml.atEnd() && m_xml.readNext() != QXmlStreamReader::StartElement) {
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            fail(Status::failure(m_out.message(origin(), Tr::tr("the file has a DOCTYPE declaration; schedule files "
                                                                 "never need one, and it is refused for safety."))));
    }
    if (!m_xml.hasError() && m_xml.name() != QLatin1String("schedule"))
        fail(Status::failure(m_out.message(origin(), Tr::tr("the root element is <%1>, not <schedule>: this is not "
                                                             "a frab/pretalx schedule file.").arg(m_xml.name()))));
    while (!m_xml.hasError() && child()) {
        if (m_xml.name() == QLatin1String("conference"))
            conference();
        else if (m_xml.name() == QLatin1String("day"))
            day();
        else
            skip(QStringLiteral("schedule"));
    }
    if (!m_failure.isEmpty())
        return Result<ScheduleDocument>::failure(m_failure);
    if (m_xml.hasError())
        return Result<ScheduleDocument>::failure(
            m_out.message(Tr::tr("line %1, column %2").arg(m_xml.lineNumber()).arg(m_xml.columnNumber()),
                          Tr::tr("the XML is not well-formed: %1").arg(m_xml.errorString())));
    return m_out.finish();
}

void Parser::conference()
{
    RawScheduleConference raw;
    raw.origin = origin();
    const QHash<QString, QString *> fields = {
        {QStringLiteral("title"), &raw.title},       {QStringLiteral("subtitle"), &raw.subtitle},
        {QStringLiteral("acronym"), &raw.acronym},   {QStringLiteral("description"), &raw.description},
        {QStringLiteral("start"), &raw.start},       {QStringLiteral("end"), &raw.end},
        {QStringLiteral("days"), &raw.days},         {QStringLiteral("time_zone_name"), &raw.timeZone},
        {QStringLiteral("venue"), &raw.venue},       {QStringLiteral("city"), &raw.city},
        {QStringLiteral("url"), &raw.url},
    };
    m_instructions.clear();
    while (child()) {
        if (QString *target = fields.value(m_xml.name().toString())) {
            *target = text();
        } else if (m_xml.name() == QLatin1String("track")) {
            const QString name = attribute("name");
            const QString color = attribute("color");
            const QString content = text();
            m_out.addTrack(name.isEmpty() ? content : name, color);
        } else {
            skip(QStringLiteral("conference"));
        }
    }
    // Podium's own export keeps subtitle, venue and city (which the XSD has no element for) this way.
    if (raw.subtitle.isEmpty())
        raw.subtitle = instruction("podium-subtitle");
    if (raw.venue.isEmpty())
        raw.venue = instruction("podium-venue");
    if (raw.city.isEmpty())
        raw.city = instruction("podium-city");
    if (!m_xml.hasError())
        fail(m_out.setConference(raw));
}

void Parser::day()
{
    const QString date = attribute("date");
    fail(m_out.addDay(origin(), date, attribute("start"), attribute("end")));
    while (child()) {
        if (m_xml.name() == QLatin1String("room"))
            room(date);
        else
            skip(QStringLiteral("day"));
    }
}

void Parser::room(const QString &date)
{
    const QString name = attribute("name");
    m_out.addRoom(name, attribute("guid"));
    while (child()) {
        if (m_xml.name() == QLatin1String("event"))
            event(date, name);
        else
            skip(QStringLiteral("room"));
    }
}

void Parser::event(const QString &date, const QString &roomName)
{
    RawScheduleEvent raw;
    raw.origin = origin();
    raw.guid = attribute("guid");
    raw.id = attribute("id");
    raw.day = date;
    const QHash<QString, QString *> fields = {
        {QStringLiteral("title"), &raw.title},
        {QStringLiteral("subtitle"), &raw.subtitle},
        {QStringLiteral("type"), &raw.type},
        {QStringLiteral("track"), &raw.track},
        {QStringLiteral("language"), &raw.language},
        {QStringLiteral("abstract"), &raw.abstract},
        {QStringLiteral("description"), &raw.description},
        {QStringLiteral("room"), &raw.room},
        {QStringLiteral("date"), &raw.date},
        {QStringLiteral("start"), &raw.start},
        {QStringLiteral("duration"), &raw.duration},
        {QStringLiteral("url"), &raw.url},
        {QStringLiteral("slug"), &raw.slug},
    };
    m_instructions.clear();
    while (child()) {
        if (QString *target = fields.value(m_xml.name().toString()))
            *target = text();
        else if (m_xml.name() == QLatin1String("persons"))
            persons(raw);
        else if (m_xml.name() == QLatin1String("links"))
            links(raw.links, "link");
        else if (m_xml.name() == QLatin1String("attachments"))
            links(raw.attachments, "attachment");
        else if (m_xml.name() == QLatin1String("recording"))
            recording(raw);
        else
            skip(QStringLiteral("event"));
    }
    // The GUID and slug a Podium export had to replace to satisfy the XSD.
    if (const QString guid = instruction("podium-guid"); !guid.isEmpty())
        raw.guid = guid;
    if (m_instructions.contains(QLatin1String("podium-slug"))) // empty: the talk had no slug of its own
        raw.slug = instruction("podium-slug");
    if (raw.room.trimmed().isEmpty())
        raw.room = roomName;
    if (!m_xml.hasError())
        fail(m_out.addEvent(raw));
}

void Parser::persons(RawScheduleEvent &raw)
{
    while (child()) {
        if (m_xml.name() != QLatin1String("person")) {
            skip(QStringLiteral("persons"));
            continue;
        }
        RawSchedulePerson p;
        p.id = attribute("id");
        p.guid = attribute("guid");
        p.name = text();
        raw.persons << p;
    }
}

QString Parser::titledText()
{
    QString text;
    QString title;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Characters)
            text += m_xml.text();
        else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("title"))
            title = this->text();
        else if (token == QXmlStreamReader::StartElement)
            m_xml.skipCurrentElement();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    return title.trimmed().isEmpty() ? text : title;
}

void Parser::links(QList<SessionLink> &into, const char *element)
{
    const QString context = m_xml.name().toString();
    while (child()) {
        if (m_xml.name() != QLatin1String(element)) {
            skip(context);
            continue;
        }
        const QString href = attribute("href");
        const QString type = attribute("type");
        into << SessionLink{href, titledText(), type};
    }
}

void Parser::recording(RawScheduleEvent &raw)
{
    while (child()) {
        if (m_xml.name() == QLatin1String("optout"))
            raw.recordingOptOut = text();
        else
            m_xml.skipCurrentElement(); // license, url, link: the recording's, not the talk's
    }
}
} // namespace

Result<ScheduleDocument> FrabXmlReader::read(QIODevice &device, const QString &fileName, const ProgressCallback &progress)
{
    Parser parser(device, fileName, progress);
    return parser.run();
}
