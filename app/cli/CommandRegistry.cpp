#include "cli/CommandRegistry.h"

#include <algorithm>

namespace {
std::vector<CommandRegistry::Factory> &factories()
{
    static std::vector<CommandRegistry::Factory> list;
    return list;
}
} // namespace

void CommandRegistry::add(Factory factory)
{
    factories().push_back(std::move(factory));
}

std::vector<std::unique_ptr<CliCommand>> CommandRegistry::all()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const Factory &make : factories())
        commands.push_back(make());
    std::sort(commands.begin(), commands.end(), [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return commands;
}

std::unique_ptr<CliCommand> CommandRegistry::take(QStringList &args)
{
    for (int words = 2; words >= 1; --words) {
        if (args.size() < words)
            continue;
        const QString wanted = args.mid(0, words).join(QLatin1Char(' '));
        for (const Factory &make : factories()) {
            auto command = make();
            if (command->name() == wanted) {
                args = args.mid(words);
                return command;
            }
        }
    }
    return nullptr;
}
