#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"
#include "util/Result.h"

class DesignRepository;

// A design as a small JSON file with its images, to reuse in another event: what
// `podium-cli design export|import` and the GUI's Export and Import buttons call.
class DesignFile
{
public:
    // Writes the event's design of this name, with the images it shows (owner-only file, written whole).
    static Status exportTo(const DesignRepository &designs, const QString &name, const QString &path, bool overwrite);
    // Reads a design file and stores it with its images, all or nothing; the design stored.
    static Result<Design> importFrom(const DesignRepository &designs, const QString &path, bool replace);
    // Stores an image file (PNG, JPEG or SVG) for designs to show; the image stored (its id).
    static Result<DesignImage> addImage(const DesignRepository &designs, const QString &path);

    // Designs and images larger than this are not what a badge needs.
    static constexpr qint64 maxBytes = 20 * 1024 * 1024;
};
