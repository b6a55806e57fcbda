#pragma once

#include "availability/AvailabilityFiles.h"

#include <QCommandLineParser>

#include <optional>

// The --format option of podium-cli availability import and export.
namespace AvailabilityFormatOption {
void add(QCommandLineParser &parser);
// --format NAME, else the file's extension; nullopt with the reason in `why`.
std::optional<AvailabilityFiles::Format> of(const QCommandLineParser &parser, const QString &path, QString *why);
} // namespace AvailabilityFormatOption
