// The importer's memory of registration codes taken: every code it was given
// is found again, and only those, whether Podium made it or another tool did.
#include "support/TestSupport.h"

#include "model/RegistrationCode.h"
#include "model/RegistrationCodeSet.h"

#include <QRandomGenerator>
#include <QSet>

TEST_CASE("A code set tells codes taken from codes free, Podium's or not")
{
    RegistrationCodeSet codes;
    CHECK(codes.size() == 0);
    CHECK_FALSE(codes.contains(u"K7M2Q9X4RT"));
    CHECK(codes.insert(u"K7M2Q9X4RT"));
    CHECK_FALSE(codes.insert(u"K7M2Q9X4RT")); // taken
    CHECK(codes.contains(u"K7M2Q9X4RT"));
    // Codes that differ only in length or by one symbol are different codes.
    CHECK_FALSE(codes.contains(u"K7M2Q9X4R"));
    CHECK_FALSE(codes.contains(u"K7M2Q9X4RT2"));
    CHECK_FALSE(codes.contains(u"K7M2Q9X4RU"));
    CHECK(codes.insert(u"22222222"));
    CHECK(codes.insert(u"222222222")); // "2" is the alphabet's first symbol: packs to zero bits
    CHECK(codes.insert(u"ZZZZZZZZZZZZ"));
    CHECK_FALSE(codes.contains(u"2222222222"));
    // Not Podium's alphabet or too long to pack: kept all the same, exactly.
    CHECK(codes.insert(u"pretix-000123"));
    CHECK_FALSE(codes.insert(u"pretix-000123"));
    CHECK_FALSE(codes.contains(u"PRETIX-000123"));
    CHECK(codes.insert(u"K7M2Q9X4RTK7M")); // 13 symbols
    CHECK(codes.contains(u"K7M2Q9X4RTK7M"));
    CHECK(codes.insert(u"ÄÖÜ-1"));
    CHECK(codes.contains(u"ÄÖÜ-1"));
    CHECK(codes.insert(u"k7m2q9x4rt")); // lower case is another text
    CHECK(codes.size() == 8);
}

TEST_CASE("A code set agrees with a plain set on many random codes")
{
    QRandomGenerator random(2026);
    RegistrationCodeSet codes;
    QSet<QString> expected;
    QStringList given;
    for (int i = 0; i < 50000; ++i) {
        QString code = RegistrationCode::generate(random).left(i % 5 == 0 ? 8 : 10);
        if (i % 97 == 0)
            code += QStringLiteral("-x"); // not packable
        if (i % 7 == 0 && !given.isEmpty()) // a code given before: taken
            code = given.at(random.bounded(int(given.size())));
        given << code;
        const bool fresh = !expected.contains(code);
        expected.insert(code);
        REQUIRE(codes.insert(code) == fresh);
    }
    CHECK(codes.size() == expected.size());
    for (const QString &code : std::as_const(expected))
        REQUIRE(codes.contains(code));
    for (int i = 0; i < 20000; ++i) {
        const QString code = RegistrationCode::generate(random);
        REQUIRE(codes.contains(code) == expected.contains(code));
    }
}
