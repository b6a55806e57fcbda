// Designs live in the event (a file or on a server) with their images: saved, listed, loaded by name,
// replaced, removed; an import is all or nothing.
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "design/DesignJson.h"
#include "model/Event.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

namespace {
DesignImage svgImage(const QByteArray &colour)
{
    DesignImage image;
    QString error;
    REQUIRE(DesignImage::fromBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"><rect width=\"40\" "
                                   "height=\"10\" fill=\"" + colour + "\"/></svg>",
                                   QStringLiteral("logo.svg"), &image, &error));
    return image;
}

Design withLogo(const QString &name, const DesignImage &logo)
{
    Design d = Design::standardBadge(QSizeF(105, 148));
    d.name = name;
    d.front.elements << DesignElement::imageElement(QRectF(5, 5, 40, 10), logo.id);
    return d;
}
} // namespace

TEST_CASE("Designs and their images are kept in the event file and read back the same", "[stores]")
{
    test::TempDir dir;
    QString location;
    const DesignImage logo = svgImage("#c0392b");
    {
        auto file = test::createTestEvent(dir, Event(), &location, QStringLiteral("designs"));
        const DesignRepository designs(*file);
        REQUIRE(designs.import(withLogo(QStringLiteral("Congress 2026"), logo), {logo}, false).ok());
        REQUIRE(designs.save(Design::standardBadge(QSizeF(90, 55))).ok());
    }
    auto file = test::openTestEvent(location);
    const DesignRepository designs(*file);
    CHECK(designs.names().value() == QStringList{QStringLiteral("Congress 2026"), Design::standardName()});
    const auto loaded = designs.byName(QStringLiteral("congress 2026"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == withLogo(QStringLiteral("Congress 2026"), logo));
    const auto images = designs.imagesFor(loaded.value());
    REQUIRE(images.ok());
    REQUIRE(images->contains(logo.id));
    CHECK(images->value(logo.id) == logo);

    // The same image again is stored once; a second design of the same name replaces the first only when asked.
    REQUIRE(designs.saveImage(logo).ok());
    CHECK(designs.images().value().size() == 1);
    Design changed = loaded.value();
    changed.size = QSizeF(100, 140);
    changed.front.elements.first().box = QRectF(0, 0, 100, 140);
    const Status refused = designs.import(changed, {}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QLatin1String("--replace")));
    REQUIRE(designs.import(changed, {}, true).ok());
    CHECK(designs.byName(QStringLiteral("Congress 2026")).value().size == QSizeF(100, 140));

    REQUIRE(designs.remove(QStringLiteral("Congress 2026")).ok());
    const auto gone = designs.byName(QStringLiteral("Congress 2026"));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().contains(Design::standardName())); // names the designs there are
}

TEST_CASE("A design whose image is missing is not imported, and nothing of it stays", "[stores]")
{
    test::TempDir dir;
    auto file = test::createTestEvent(dir, Event());
    const DesignRepository designs(*file);
    const DesignImage logo = svgImage("#1f5f99");
    const DesignImage other = svgImage("#000000");
    const Status failed = designs.import(withLogo(QStringLiteral("Lost logo"), logo), {other}, false);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QLatin1String("Lost logo")));
    CHECK(designs.names().value().isEmpty());
    CHECK(designs.images().value().isEmpty());
}
