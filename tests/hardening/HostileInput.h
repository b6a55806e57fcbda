#pragma once

// The hostile strings the hostile-input tests push through Podium, and the
// event they build from them (header-only, shared by HostileInputTest and
// HostileGuiTest).

#include "HardeningSupport.h"

#include "storage/EventFile.h"
#include "storage/PersonRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hostile {

// What a user (or an attacker) may type or paste into any field.
inline QStringList texts()
{
    return {
        QStringLiteral("Robert'); DROP TABLE session;-- \"quoted\" `back` \\ %s %n"),
        QString::fromUtf8("\u202Efdp.exe \u202Dleft \u200Fmark \u2066isolate\u2069"),
        QString::fromUtf8("Emoji 🎤🧬 👩🏽‍🔬 flags 🇱🇺🇪🇺"),
        QString::fromUtf8("Combining: e\u0301 n\u0303 A\u030A Z\u0335\u0336\u0337 ǅ ﬁ"),
        QStringLiteral("<b>bold</b> <i>it</i> <img src=\"x.png\"> &amp; &lt;tag&gt; <a href='http://evil'>link</a>"),
        QStringLiteral("before") + QChar(0) + QStringLiteral("after NUL"),
        QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")"),
        QStringLiteral("Tab\tand\r\nCRLF\nnewline \x01\x1b control"),
    };
}

// One field of 1 MiB: words, accents and emoji, no line breaks.
inline QString megabyteField()
{
    const QString word = QString::fromUtf8("Größe 🎤 données ");
    QString s;
    s.reserve(1 << 20);
    while (s.size() < (1 << 20))
        s += word;
    s.truncate(1 << 20);
    if (s.back().isHighSurrogate())
        s.chop(1);
    return s;
}

// What a text is after a trip through XML 1.0: Podium's XML drops the
// characters XML forbids, and every XML reader turns CR LF and CR into LF.
inline QString xmlSafe(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            out += c;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out;
}

// A frab schedule.json: one session per hostile text (title, subtitle,
// description, speaker, link title), the first with a 1 MiB abstract.
inline QByteArray scheduleJson()
{
    const QStringList t = texts();
    QJsonArray room1, room2;
    for (int i = 0; i < t.size(); ++i) {
        const QString guid = QUuid::createUuidV5(QUuid(), QStringLiteral("hostile-%1").arg(i)).toString(QUuid::WithoutBraces);
        const QString speakerGuid = QUuid::createUuidV5(QUuid(), QStringLiteral("speaker-%1").arg(i)).toString(QUuid::WithoutBraces);
        const QString start = QStringLiteral("%1:00").arg(9 + i, 2, 10, QLatin1Char('0'));
        QJsonObject e{{QStringLiteral("guid"), guid},
                      {QStringLiteral("id"), 500 + i},
                      {QStringLiteral("date"), QStringLiteral("2027-03-15T%1:00+01:00").arg(start)},
                      {QStringLiteral("start"), start},
                      {QStringLiteral("duration"), QStringLiteral("00:45")},
                      {QStringLiteral("title"), t[i]},
                      {QStringLiteral("subtitle"), t[(i + 1) % t.size()]},
                      {QStringLiteral("track"), t[(i + 2) % t.size()]},
                      {QStringLiteral("type"), QStringLiteral("Talk")},
                      {QStringLiteral("language"), QStringLiteral("en")},
                      {QStringLiteral("abstract"), i == 0 ? megabyteField() : t[(i + 3) % t.size()]},
                      {QStringLiteral("description"), t[(i + 4) % t.size()]},
                      {QStringLiteral("persons"),
                       QJsonArray{QJsonObject{{QStringLiteral("id"), 900 + i},
                                              {QStringLiteral("guid"), speakerGuid},
                                              {QStringLiteral("public_name"), t[(i + 5) % t.size()]}}}},
                      {QStringLiteral("links"),
                       QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.org/%1?a=1&b='2'").arg(i)},
                                              {QStringLiteral("title"), t[(i + 6) % t.size()]}}}}};
        (i % 2 ? room2 : room1).append(e);
    }
    const QString room1Name = QString::fromUtf8("Salle « A » 'B' <b>1</b> 🎤");
    const QString room2Name = QString::fromUtf8("\u202ERoom 2\u202C");
    for (QJsonArray *room : {&room1, &room2})
        for (qsizetype i = 0; i < room->size(); ++i) {
            QJsonObject e = room->at(i).toObject();
            e.insert(QStringLiteral("room"), room == &room1 ? room1Name : room2Name);
            room->replace(i, e);
        }
    const QJsonObject day{{QStringLiteral("index"), 1},
                          {QStringLiteral("date"), QStringLiteral("2027-03-15")},
                          {QStringLiteral("day_start"), QStringLiteral("2027-03-15T08:00:00+01:00")},
                          {QStringLiteral("day_end"), QStringLiteral("2027-03-15T20:00:00+01:00")},
                          {QStringLiteral("rooms"), QJsonObject{{room1Name, room1}, {room2Name, room2}}}};
    const QJsonObject conference{{QStringLiteral("acronym"), QStringLiteral("hostile")},
                                 {QStringLiteral("title"), t[4]},
                                 {QStringLiteral("start"), QStringLiteral("2027-03-15")},
                                 {QStringLiteral("end"), QStringLiteral("2027-03-15")},
                                 {QStringLiteral("daysCount"), 1},
                                 {QStringLiteral("time_zone_name"), QStringLiteral("Europe/Luxembourg")},
                                 {QStringLiteral("days"), QJsonArray{day}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("schedule"),
                                      QJsonObject{{QStringLiteral("version"), QStringLiteral("1")},
                                                  {QStringLiteral("conference"), conference}}}})
        .toJson();
}

// Gives participants hostile names and organisations (one of 1 MiB), so
// badges, lists and certificates meet them too.
inline void makeParticipantsHostile(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    auto people = file.value()->people().all();
    REQUIRE(people.ok());
    const QStringList t = texts();
    int i = 0;
    for (Person p : people.value()) {
        p.firstName = t[i % t.size()];
        p.lastName = t[(i + 3) % t.size()];
        p.organisation = i == 1 ? megabyteField() : t[(i + 5) % t.size()];
        p.position = t[(i + 6) % t.size()];
        REQUIRE(file.value()->people().update(p).ok());
        if (++i == 2 * t.size())
            break;
    }
}

// A generated event with hostile participants and the hostile schedule merged in.
inline void buildEvent(const test::TempDir &dir, const QString &event)
{
    using hardening::cli;
    cli({QStringLiteral("generate"), event, QStringLiteral("--sessions"), QStringLiteral("4"),
         QStringLiteral("--participants"), QStringLiteral("24")});
    makeParticipantsHostile(event);
    const QString json = dir.path(QString::fromUtf8("hostile schedule ☕.json"));
    test::writeFile(json, scheduleJson());
    cli({QStringLiteral("import"), QStringLiteral("schedule"), event, json, QStringLiteral("--merge")});
}

} // namespace hostile
