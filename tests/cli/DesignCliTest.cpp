// podium-cli design new|list|export|import and export --design: a design made in
// one event travels to another with its images; bad input is named and changes nothing.
#include "support/DesignCli.h"
#include "support/EventFiles.h"
#include "support/EventState.h"
#include "support/TestSupport.h"

#include "design/DesignJson.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

TEST_CASE("A design exported from one event imports into another with its images, the same", "[stores]")
{
    test::TempDir dir;
    const QString first = test::placeEvent(test::createDemoEvent(dir, QStringLiteral("first.podium")), QStringLiteral("first"));
    const QString second = test::placeEvent(test::createDemoEvent(dir, QStringLiteral("second.podium")), QStringLiteral("second"));
    const QString map = dir.path(QStringLiteral("map.svg"));
    test::writeFile(map, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"80\"><rect width=\"100\" height=\"80\" "
                         "fill=\"#1e8449\"/></svg>");
    test::cliOk({QStringLiteral("design"), QStringLiteral("new"), first, QStringLiteral("Folded"), QStringLiteral("--preset"), QStringLiteral("a6-4up"),
        QStringLiteral("--sides"), QStringLiteral("fold-top"), QStringLiteral("--map"), map});
    test::cliOk({QStringLiteral("design"), QStringLiteral("new"), first, QStringLiteral("Certificate"), QStringLiteral("--certificate"),
        QStringLiteral("--signatory"), QStringLiteral("Jane Doe"), QStringLiteral("--verification")});
    const auto list = test::cliOk({QStringLiteral("design"), QStringLiteral("list"), first});
    CHECK(list.out.contains(QStringLiteral("Folded\tbadge\t105 x 74 mm, for a6-4up, fold-top")));
    CHECK(list.out.contains(QStringLiteral("Certificate\tcertificate\t297 x 210 mm")));
    CHECK(list.out.contains(QStringLiteral("map.svg")));

    const QString json = dir.path(QStringLiteral("folded.json"));
    test::cliOk({QStringLiteral("design"), QStringLiteral("export"), first, QStringLiteral("Folded"), QStringLiteral("-o"), json});
    test::cliOk({QStringLiteral("design"), QStringLiteral("import"), second, json});
    auto a = test::openTestEvent(first);
    auto b = test::openTestEvent(second);
    const Design there = DesignRepository(*a).byName(QStringLiteral("Folded")).value();
    const Design here = DesignRepository(*b).byName(QStringLiteral("Folded")).value();
    CHECK(here == there);
    CHECK(DesignRepository(*b).imagesFor(here).value() == DesignRepository(*a).imagesFor(there).value());
    CHECK(here.back.elements.size() == 4); // name, sessions, map, Wi-Fi

    // Both print from the second event.
    const QString badges = dir.path(QStringLiteral("badges.pdf"));
    test::cliOk({QStringLiteral("export"), QStringLiteral("badges"), second, QStringLiteral("--design"), QStringLiteral("Folded"), QStringLiteral("-o"), badges});
    CHECK(test::readFile(badges).startsWith("%PDF"));
}

TEST_CASE("Bad designs and wrong names are refused with the reason, and the event is unchanged", "[stores]")
{
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    test::cliOk({QStringLiteral("design"), QStringLiteral("new"), event, QStringLiteral("Cert"), QStringLiteral("--certificate")});
    const QByteArray before = test::eventState(event);

    const QString broken = dir.path(QStringLiteral("broken.json"));
    Design d = Design::standardBadge(QSizeF(90, 55));
    d.name = QStringLiteral("Broken");
    QByteArray json = DesignJson::toJson(d);
    json.replace("\"standard-face\"", "\"hologram\"");
    test::writeFile(broken, json);
    auto run = test::runCli({QStringLiteral("design"), QStringLiteral("import"), event, broken});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(broken));
    CHECK(run.err.contains(QStringLiteral("front.elements[0].type")));

    const QString notImage = dir.path(QStringLiteral("notes.txt"));
    test::writeFile(notImage, "just text");
    run = test::runCli({QStringLiteral("design"), QStringLiteral("import"), event, notImage});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("is not a PNG, JPEG or SVG image")));

    run = test::runCli({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("--design"), QStringLiteral("Cert"),
                        QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("is a certificate design, not a badge design")));
    run = test::runCli({QStringLiteral("export"), QStringLiteral("badges"), event, QStringLiteral("--design"), QStringLiteral("Nope"),
                        QStringLiteral("-o"), dir.path(QStringLiteral("x.pdf"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("no design “Nope”; it has Cert")));
    run = test::runCli({QStringLiteral("design"), QStringLiteral("new"), event, QStringLiteral("Cert"), QStringLiteral("--certificate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--replace")));
    CHECK(test::eventState(event) == before);
}
