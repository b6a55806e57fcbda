#include "cli/CommandRegistry.h"

#include "design/DesignFile.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

namespace {
// `podium-cli design import FILE.podium DESIGN.json [--replace]`, and
// `podium-cli design import FILE.podium LOGO.svg` for an image designs can show.
class DesignImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("design import"); }
    QString summary() const override
    {
        return QStringLiteral("Add a design (a JSON file from design export) or an image (PNG, JPEG, SVG) to the event.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("DESIGN.json, or an image: LOGO.png, LOGO.jpg, LOGO.svg."));
        parser.addOption({QStringLiteral("replace"), QStringLiteral("Replace the event's design of the same name.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0));
        if (!file)
            return ExitUsage;
        const DesignRepository designs(*file);
        const QString in = positional(parser, 1);
        if (!in.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            const auto image = DesignFile::addImage(designs, in);
            if (!image)
                return fail(image);
            out() << "Stored " << image->name << " (" << image->format << "); designs show it by its id:\n" << image->id << '\n';
            return ExitOk;
        }
        const auto design = DesignFile::importFrom(designs, in, parser.isSet(QStringLiteral("replace")));
        if (!design)
            return fail(design);
        out() << "Imported the " << Design::kindKey(design->kind) << " design " << design->name << " with "
              << count(design->imageIds().size(), "image", "images") << ".\n";
        return ExitOk;
    }
};
CommandRegistration<DesignImportCommand> registration;
} // namespace
