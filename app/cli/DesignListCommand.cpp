#include "cli/CommandRegistry.h"

#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

namespace {
// `podium-cli design list FILE.podium`: the event's designs and images.
class DesignListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("design list"); }
    QString summary() const override { return QStringLiteral("List the event's badge and certificate designs and their images."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        const DesignRepository designs(*file);
        const auto all = designs.all();
        if (!all)
            return fail(all);
        out() << Design::standardName() << "\tbadge\tbuilt in: Podium's standard badge, on any label sheet\n";
        for (const Design &d : all.value())
            out() << d.name << '\t' << Design::kindKey(d.kind) << '\t'
                  << QStringLiteral("%1 x %2 mm").arg(d.size.width()).arg(d.size.height())
                  << (d.preset.isEmpty() ? QString() : QStringLiteral(", for ") + d.preset) << ", " << Design::sidesKey(d.sides)
                  << ", " << count(d.front.elements.size() + (d.hasBack() ? d.back.elements.size() : 0), "element", "elements")
                  << '\n';
        const auto images = designs.images();
        if (!images)
            return fail(images);
        for (const DesignImage &i : images.value())
            out() << "image\t" << i.id.left(12) << '\t' << i.format << ", " << i.data.size() << " bytes, " << i.name << '\n';
        return ExitOk;
    }
};
CommandRegistration<DesignListCommand> registration;
} // namespace
