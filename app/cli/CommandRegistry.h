#pragma once

#include "cli/CliCommand.h"

#include <functional>
#include <memory>
#include <vector>

// The list of podium-cli's commands. Each command's source file registers it:
//   static CommandRegistration<InfoCommand> registration;
class CommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static void add(Factory factory);
    static std::vector<std::unique_ptr<CliCommand>> all();
    // The command named by the first one or two words of args (taken out of args).
    static std::unique_ptr<CliCommand> take(QStringList &args);
};

template <typename Command>
struct CommandRegistration
{
    CommandRegistration() { CommandRegistry::add([] { return std::make_unique<Command>(); }); }
};
