#include "io/FrabXmlWriter.h"

#include "io/ScheduleTime.h"
#include "io/XmlText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamWriter>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrabXmlWriter)
};

bool isHttp(const QString &url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

// What the XSD has no element for (or allows only in another form) is kept
// in a processing instruction, which validators and other readers skip and
// Podium's reader takes back: <?podium-guid HOqeNIb6G7M4hYFKFRkCmQ?>.
QString keptText(const QString &value)
{
    QString data = XmlText::clean(value).simplified();
    return data.replace(QLatin1String("?>"), QLatin1String("? >"));
}

void writeKept(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (const QString data = keptText(value); !data.isEmpty())
        xml.writeProcessingInstruction(name, data);
}

void writeReferences(QXmlStreamWriter &xml, const QString &list, const QString &element, const QList<SessionLink> &links)
{
    xml.writeStartElement(list);
    for (const SessionLink &link : links) {
        xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("href"), XmlText::clean(link.url));
        if (!link.type.isEmpty())
            xml.writeAttribute(QStringLiteral("type"), XmlText::clean(link.type));
        xml.writeCharacters(XmlText::clean(link.title));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeEvent(QXmlStreamWriter &xml, const ScheduleDocument &doc, const ScheduleSession &s, const QString &slug)
{
    xml.writeStartElement(QStringLiteral("event"));
    const QString guid = ScheduleDocument::exportGuid(s.guid);
    xml.writeAttribute(QStringLiteral("guid"), guid);
    xml.writeAttribute(QStringLiteral("id"), QString::number(s.externalId.value_or(0)));
    if (guid != s.guid)
        writeKept(xml, QStringLiteral("podium-guid"), s.guid);
    for (const auto &[name, value] : doc.frabFields(s))
        xml.writeTextElement(name, XmlText::clean(value));
    xml.writeTextElement(QStringLiteral("slug"), slug);
    if (slug != s.slug) // also when the talk has none: reading the export back must not give it this one
        xml.writeProcessingInstruction(QStringLiteral("podium-slug"), keptText(s.slug));
    if (isHttp(s.url))
        xml.writeTextElement(QStringLiteral("url"), XmlText::clean(s.url));
    xml.writeStartElement(QStringLiteral("recording"));
    xml.writeTextElement(QStringLiteral("license"), QString());
    xml.writeTextElement(QStringLiteral("optout"), s.recordingOptOut ? QStringLiteral("true") : QStringLiteral("false"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("persons"));
    for (const SchedulePerson &p : s.persons) {
        xml.writeStartElement(QStringLiteral("person"));
        if (p.externalId)
            xml.writeAttribute(QStringLiteral("id"), QString::number(*p.externalId));
        if (!p.guid.isEmpty())
            xml.writeAttribute(QStringLiteral("guid"), ScheduleDocument::exportGuid(p.guid));
        xml.writeCharacters(XmlText::clean(p.name));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    writeReferences(xml, QStringLiteral("links"), QStringLiteral("link"), s.links);
    writeReferences(xml, QStringLiteral("attachments"), QStringLiteral("attachment"), s.attachments);
    xml.writeEndElement();
}
} // namespace

Status FrabXmlWriter::write(const ScheduleDocument &doc, QIODevice &device)
{
    const QTimeZone zone = doc.timeZone();
    const QList<ScheduleDay> days = doc.timetable();
    const QHash<QString, QString> slugs = doc.exportSlugs();
    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("schedule"));
    xml.writeEmptyElement(QStringLiteral("generator"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Podium"));
    xml.writeAttribute(QStringLiteral("version"), QCoreApplication::applicationVersion());
    xml.writeTextElement(QStringLiteral("version"), QStringLiteral("1.0"));

    xml.writeStartElement(QStringLiteral("conference"));
    xml.writeTextElement(QStringLiteral("acronym"), XmlText::clean(doc.exportAcronym()));
    xml.writeTextElement(QStringLiteral("title"), XmlText::clean(doc.conference.title));
    if (!days.isEmpty()) {
        xml.writeTextElement(QStringLiteral("start"), days.first().date.toString(Qt::ISODate));
        xml.writeTextElement(QStringLiteral("end"), days.last().date.toString(Qt::ISODate));
    }
    xml.writeTextElement(QStringLiteral("days"), QString::number(days.size()));
    xml.writeTextElement(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    if (isHttp(doc.conference.url))
        xml.writeTextElement(QStringLiteral("url"), XmlText::clean(doc.conference.url));
    xml.writeTextElement(QStringLiteral("time_zone_name"), QString::fromUtf8(doc.conference.timeZoneId));
    writeKept(xml, QStringLiteral("podium-subtitle"), doc.conference.subtitle);
    writeKept(xml, QStringLiteral("podium-venue"), doc.conference.venue);
    writeKept(xml, QStringLiteral("podium-city"), doc.conference.city);
    for (const ScheduleTrack &track : doc.tracks) {
        xml.writeStartElement(QStringLiteral("track"));
        xml.writeAttribute(QStringLiteral("name"), XmlText::clean(track.name));
        if (track.color.isValid())
            xml.writeAttribute(QStringLiteral("color"), track.color.name(QColor::HexRgb));
        xml.writeCharacters(XmlText::clean(track.name));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    for (const ScheduleDay &day : days) {
        xml.writeStartElement(QStringLiteral("day"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(day.index));
        xml.writeAttribute(QStringLiteral("date"), day.date.toString(Qt::ISODate));
        xml.writeAttribute(QStringLiteral("start"), ScheduleTime::formatMoment(day.start, zone));
        xml.writeAttribute(QStringLiteral("end"), ScheduleTime::formatMoment(day.end, zone));
        for (const ScheduleRoomSessions &room : day.rooms) {
            xml.writeStartElement(QStringLiteral("room"));
            xml.writeAttribute(QStringLiteral("name"), XmlText::clean(room.room.name));
            if (!room.room.guid.isEmpty())
                xml.writeAttribute(QStringLiteral("guid"), XmlText::clean(room.room.guid));
            for (const ScheduleSession *s : room.sessions)
                writeEvent(xml, doc, *s, slugs.value(s->guid));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError())
        return Status::failure(Tr::tr("The schedule could not be written: %1").arg(device.errorString()));
    return {};
}
