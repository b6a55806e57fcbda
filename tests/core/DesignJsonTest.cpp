// A design is data: it goes to JSON (the event file, `design export`) and comes
// back the same, and a damaged or foreign file says which field is wrong.
#include "support/TestSupport.h"

#include "design/Design.h"
#include "design/DesignJson.h"

namespace {
Design fullDesign()
{
    Design d;
    d.name = QStringLiteral("Pharma meets Academia 2026");
    d.kind = Design::Kind::Badge;
    d.size = QSizeF(101.6, 76.2);
    d.preset = QStringLiteral("zebra-4x3in");
    d.sides = Design::Sides::DuplexShortEdge;
    d.front.background = QColor(0xfa, 0xfa, 0xf5);
    DesignElement name = DesignElement::textElement(QRectF(5, 18.5, 91.6, 20), QStringLiteral("{first_name}\n{last_name}"), 30,
                                                    14, 700, DesignElement::HAlign::Centre);
    name.fontFamily = QStringLiteral("Noto Sans");
    name.italic = true;
    name.maxLines = 2;
    name.valign = DesignElement::VAlign::Middle;
    d.front.elements << name;
    DesignElement band = DesignElement::rectangleElement(QRectF(0, 66.2, 101.6, 10), QColor(0x1f, 0x5f, 0x99));
    band.rule.colourFromCategory = true;
    band.cornerMm = 1.5;
    band.borderMm = 0.3;
    band.borderColour = QColor(0x11, 0x22, 0x33, 0x80);
    d.front.elements << band;
    DesignElement ribbon = DesignElement::textElement(QRectF(5, 60, 40, 5), QStringLiteral("SPEAKER"), 9);
    ribbon.rule.onlyCategories = {QStringLiteral("speaker"), QStringLiteral("vip")};
    ribbon.collapseWhenEmpty = false;
    d.front.elements << ribbon;
    d.front.elements << DesignElement::qrElement(QRectF(70, 40, 25, 25));
    d.front.elements << DesignElement::imageElement(QRectF(2, 2, 30, 12), QStringLiteral("ab12"));
    DesignElement sessions;
    sessions.type = DesignElement::Type::SessionList;
    sessions.box = QRectF(5, 20, 90, 40);
    d.back.elements << sessions;
    d.back.elements << DesignElement::textElement(QRectF(5, 5, 90, 10), QStringLiteral("{first_name} {last_name}"), 16);
    d.categoryColours.insert(QStringLiteral("speaker"), QColor(0xc0, 0x39, 0x2b));
    d.certificate.signatoryName = QStringLiteral("Prof. Jane Doe");
    d.certificate.signatoryTitle = QStringLiteral("Chair");
    d.certificate.issueDate = QDate(2026, 12, 6);
    d.certificate.verificationCode = true;
    return d;
}
} // namespace

TEST_CASE("A design round-trips through JSON with every field")
{
    const Design d = fullDesign();
    const auto back = DesignJson::fromJson(DesignJson::toJson(d), QStringLiteral("test.json"));
    REQUIRE(back.ok());
    CHECK(back->design == d);
    CHECK(back->images.isEmpty());
    // And the JSON written from what was read is the same text.
    CHECK(DesignJson::toJson(back->design) == DesignJson::toJson(d));
}

TEST_CASE("The standard badge round-trips and is one standard face over the label")
{
    const Design d = Design::standardBadge(QSizeF(105, 148));
    REQUIRE(d.front.elements.size() == 1);
    CHECK(d.front.elements.first().type == DesignElement::Type::StandardFace);
    CHECK(d.front.elements.first().box == QRectF(0, 0, 105, 148));
    const auto back = DesignJson::fromJson(DesignJson::toJson(d), QStringLiteral("standard.json"));
    REQUIRE(back.ok());
    CHECK(back->design == d);
}

TEST_CASE("An exported design carries its images, checked against their ids")
{
    Design d = fullDesign();
    const QByteArray svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                           "<rect width=\"10\" height=\"10\" fill=\"red\"/></svg>";
    DesignImage logo;
    QString error;
    REQUIRE(DesignImage::fromBytes(svg, QStringLiteral("logo.svg"), &logo, &error));
    CHECK(logo.format == QLatin1String("svg"));
    d.front.elements[4].imageId = logo.id;
    const QByteArray json = DesignJson::toJson(d, {logo});
    const auto back = DesignJson::fromJson(json, QStringLiteral("export.json"));
    REQUIRE(back.ok());
    CHECK(back->design == d);
    REQUIRE(back->images.size() == 1);
    CHECK(back->images.first() == logo);

    QByteArray damaged = json;
    damaged.replace(logo.id.toLatin1(), QByteArray(64, 'a'));
    const auto bad = DesignJson::fromJson(damaged, QStringLiteral("export.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QLatin1String("images[0].id")));
}

TEST_CASE("A wrong field is named in the message, a foreign or newer file says so")
{
    auto errorOf = [](const QByteArray &json) {
        const auto r = DesignJson::fromJson(json, QStringLiteral("d.json"));
        return r.ok() ? QString() : r.error();
    };
    QByteArray json = DesignJson::toJson(fullDesign());
    QByteArray bad = json;
    bad.replace("\"type\": \"qr\"", "\"type\": \"barcode\"");
    CHECK(errorOf(bad).contains(QLatin1String("front.elements[3].type")));
    bad = json;
    bad.replace("\"max_pt\": 30", "\"max_pt\": 3000");
    CHECK(errorOf(bad).contains(QLatin1String("front.elements[0].font.max_pt")));
    bad = json;
    bad.replace("\"colour\": \"#1f5f99\"", "\"colour\": \"blueish\"");
    CHECK(errorOf(bad).contains(QLatin1String("front.elements[1].colour")));
    CHECK(errorOf("{\"hello\": 1}").contains(QLatin1String("not a Podium design")));
    CHECK(errorOf("{\"podium_design\": 99, \"name\": \"x\"}").contains(QLatin1String("newer Podium")));
    CHECK(errorOf("{\"podium_design\": 1,\n \"name\": ").contains(QLatin1String("line 2")));
    CHECK(errorOf("{\"podium_design\": 1, \"name\": \"x\", \"size_mm\": [5, 5]}").contains(QLatin1String("size_mm")));
}

TEST_CASE("Rules pick categories and keys survive case")
{
    DesignRule rule;
    CHECK(rule.appliesTo(QStringLiteral("attendee")));
    rule.onlyCategories = {QStringLiteral("speaker")};
    CHECK(rule.appliesTo(QStringLiteral("Speaker")));
    CHECK_FALSE(rule.appliesTo(QStringLiteral("attendee")));
}
