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

void writeEvent(QXmlStreamWriter &xml, const ScheduleDocument &doc, const ScheduleSession &s)
{
    xml.writeStartElement(QStringLiteral("event"));
    xml.writeAttribute(QStringLiteral("guid"), XmlText::clean(s.guid));
    xml.writeAttribute(QStringLiteral("id"), QString::number(s.externalId.value_or(0)));
    for (const auto &[name, value] : doc.frabFields(s))
        xml.writeTextElement(name, XmlText::clean(value));
    xml.writeStartElement(QStringLiteral("persons"));
    for (const SchedulePerson &p : s.persons) {
        xml.writeStartElement(QStringLiteral("person"));
        if (p.externalId)
            xml.writeAttribute(QStringLiteral("id"), QString::number(*p.externalId));
        if (!p.guid.isEmpty())
            xml.writeAttribute(QStringLiteral("guid"), XmlText::clean(p.guid));
        xml.writeCharacters(XmlText::clean(p.name));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("links"));
    for (const SessionLink &link : s.links) {
        xml.writeStartElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("href"), XmlText::clean(link.url));
        xml.writeCharacters(XmlText::clean(link.title));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}
} // namespace

Status FrabXmlWriter::write(const ScheduleDocument &doc, QIODevice &device)
{
    const QTimeZone zone = doc.timeZone();
    const QList<ScheduleDay> days = doc.timetable();
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
    xml.writeTextElement(QStringLiteral("time_zone_name"), QString::fromUtf8(doc.conference.timeZoneId));
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
                writeEvent(xml, doc, *s);
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
