#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
QString generated(const test::TempDir &dir, const QString &name, const QStringList &extra)
{
    const QString path = dir.path(name);
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("generate"), path, QStringLiteral("--sessions"),
                                                      QStringLiteral("120"), QStringLiteral("--rooms"),
                                                      QStringLiteral("6"), QStringLiteral("--days"), QStringLiteral("2")}
                                          + extra);
    REQUIRE(run.exitCode == 0);
    return path;
}
} // namespace

TEST_CASE("check finds no conflict in a generated event and exits 0")
{
    test::TempDir dir;
    const QString path = generated(dir, QStringLiteral("clean.podium"), {});
    const test::CliRun text = test::runCli({QStringLiteral("check"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("No conflicts")));
    const test::CliRun json = test::runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
    REQUIRE(doc.isArray());
    CHECK(doc.array().isEmpty());
}

TEST_CASE("check finds exactly the planted conflicts, as sentences and as JSON, and exits 1")
{
    test::TempDir dir;
    const QString path = generated(dir, QStringLiteral("planted.podium"), {QStringLiteral("--conflicts"), QStringLiteral("3")});
    const test::CliRun text = test::runCli({QStringLiteral("check"), path});
    CHECK(text.exitCode == 1);
    CHECK(text.out.count(QStringLiteral("is in two sessions at once")) == 3);

    const test::CliRun json = test::runCli({QStringLiteral("check"), path, QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray conflicts = doc.array();
    REQUIRE(conflicts.size() == 3);
    QSet<qint64> people;
    for (const QJsonValue &v : conflicts) {
        const QJsonObject c = v.toObject();
        CHECK(c[QStringLiteral("kind")].toString() == QStringLiteral("person-double-booked"));
        CHECK(c[QStringLiteral("severity")].toString() == QStringLiteral("error"));
        const QJsonArray sessions = c[QStringLiteral("sessions")].toArray();
        REQUIRE(sessions.size() == 2);
        CHECK(sessions[0].toObject()[QStringLiteral("id")].toInteger() != sessions[1].toObject()[QStringLiteral("id")].toInteger());
        CHECK(!sessions[0].toObject()[QStringLiteral("title")].toString().isEmpty());
        const QJsonObject person = c[QStringLiteral("person")].toObject();
        people.insert(person[QStringLiteral("id")].toInteger());
        CHECK(c[QStringLiteral("message")].toString().contains(person[QStringLiteral("name")].toString()));
        // Local times of the event (Luxembourg, UTC+1 in March), start before end.
        const QDateTime start = QDateTime::fromString(c[QStringLiteral("start")].toString(), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(c[QStringLiteral("end")].toString(), Qt::ISODate);
        CHECK(c[QStringLiteral("start")].toString().endsWith(QStringLiteral("+01:00")));
        CHECK(start.isValid());
        CHECK(start < end);
    }
    CHECK(people.size() == 3); // one planted person per conflict
}

TEST_CASE("check refuses bad input with exit code 2")
{
    test::TempDir dir;
    CHECK(test::runCli({QStringLiteral("check"), dir.path(QStringLiteral("missing.podium"))}).exitCode == 2);
    test::writeFile(dir.path(QStringLiteral("junk.podium")), "not a database at all");
    const test::CliRun junk = test::runCli({QStringLiteral("check"), dir.path(QStringLiteral("junk.podium"))});
    CHECK(junk.exitCode == 2);
    CHECK(junk.err.contains(QStringLiteral("junk.podium")));
    CHECK(test::runCli({QStringLiteral("check")}).exitCode == 2);
}
