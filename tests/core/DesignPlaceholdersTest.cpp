// Placeholders: every participant field, names in the order of their script, and
// no gaps where a value is missing.
#include "support/TestSupport.h"

#include "design/DesignPlaceholders.h"
#include "model/Participant.h"
#include "model/Person.h"
#include "print/PrintData.h"

namespace {
DesignPlaceholders::Values valuesOf(const Person &person, const Participant &participant = {})
{
    PrintData data;
    data.event.name = QStringLiteral("Pharma meets Academia");
    data.event.firstDay = QDate(2018, 12, 14);
    return DesignPlaceholders::forParticipant(data, participant, person);
}
} // namespace

TEST_CASE("Every participant field has a placeholder, and names follow their script")
{
    Person anna;
    anna.title = QStringLiteral("Dr.");
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Chioti");
    anna.organisation = QStringLiteral("LIH");
    anna.country = QStringLiteral("LU");
    Participant registration;
    registration.category = ParticipantCategory::Speaker;
    registration.code = QStringLiteral("ABCDEFGHJK");
    registration.dietary = QStringLiteral("vegan");
    const auto v = valuesOf(anna, registration);
    CHECK(DesignPlaceholders::expand(QStringLiteral("{first_name} {last_name} ({country})"), v) == QStringLiteral("Anna Chioti (LU)"));
    CHECK(DesignPlaceholders::expand(QStringLiteral("{category}: {code}, {dietary}"), v) == QStringLiteral("Speaker: ABCDEFGHJK, vegan"));
    CHECK(DesignPlaceholders::expand(QStringLiteral("{display_name} at {event_name}, {event_dates}"), v)
          == QStringLiteral("Dr. Anna Chioti at Pharma meets Academia, 14 December 2018"));
    CHECK(v.value(QStringLiteral("name_line1")) == QStringLiteral("Anna"));
    CHECK(v.value(QStringLiteral("name_line2")) == QStringLiteral("Chioti"));
    for (const QString &key : DesignPlaceholders::keys())
        if (!key.startsWith(QLatin1String("signatory")) && key != QLatin1String("issue_date") && key != QLatin1String("verification_code"))
            CHECK(v.contains(key));

    Person wang;
    wang.firstName = QStringLiteral("小明");
    wang.lastName = QStringLiteral("王");
    const auto w = valuesOf(wang);
    CHECK(w.value(QStringLiteral("name")) == QStringLiteral("王小明"));
    CHECK(w.value(QStringLiteral("name_line1")) == QStringLiteral("王小明"));
    CHECK(w.value(QStringLiteral("name_line2")).isEmpty());
}

TEST_CASE("Missing values leave no empty line and no stray separator; unknown placeholders show")
{
    Person p;
    p.firstName = QStringLiteral("Bo");
    p.organisation = QStringLiteral("Acme");
    const auto v = valuesOf(p);
    // A line of nothing but missing values goes; the others close up.
    CHECK(DesignPlaceholders::expand(QStringLiteral("{first_name}\n{position}\n{organisation}"), v) == QStringLiteral("Bo\nAcme"));
    // Separators beside a missing value go with it.
    CHECK(DesignPlaceholders::expand(QStringLiteral("{position}, {organisation}"), v) == QStringLiteral("Acme"));
    CHECK(DesignPlaceholders::expand(QStringLiteral("{organisation} · {position} · {country}"), v) == QStringLiteral("Acme"));
    CHECK(DesignPlaceholders::expand(QStringLiteral("{title} {first_name} {last_name}"), v) == QStringLiteral("Bo"));
    // Literal text on a line with nothing else keeps the line only when a value is there.
    CHECK(DesignPlaceholders::expand(QStringLiteral("Works at {position}"), v).isEmpty());
    CHECK(DesignPlaceholders::expand(QStringLiteral("Works at {organisation}"), v) == QStringLiteral("Works at Acme"));
    // A line without placeholders always prints; a typo shows as written.
    CHECK(DesignPlaceholders::expand(QStringLiteral("WELCOME\n{frist_name}"), v) == QStringLiteral("WELCOME\n{frist_name}"));
}
