#pragma once

#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "design/DesignJson.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"

// Designs through podium-cli, as a user brings them into an event.
namespace test {

// podium-cli with the arguments; REQUIREs that it succeeds.
inline CliRun cliOk(const QStringList &args)
{
    const auto run = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run;
}

// Writes the design (with its images) as a file and imports it: podium-cli design import --replace.
inline void importDesign(const QString &event, const TempDir &dir, const Design &design, const QList<DesignImage> &images = {})
{
    const QString json = dir.path(design.name + QStringLiteral(".json"));
    writeFile(json, DesignJson::toJson(design, images));
    cliOk({QStringLiteral("design"), QStringLiteral("import"), event, json, QStringLiteral("--replace")});
}

// The registration codes of the event's first `count` registered participants (for --only);
// `event` is a file or a server location (see StoreUnderTest.h).
inline QStringList someCodes(const QString &event, int count)
{
    QStringList codes;
    for (const Participant &p : openTestEvent(event)->participants().all().value())
        if (p.status == RegistrationStatus::Registered && codes.size() < count)
            codes << p.code;
    return codes;
}

} // namespace test
