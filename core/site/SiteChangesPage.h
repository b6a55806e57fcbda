#pragma once

#include "site/SiteContent.h"
#include "site/SiteSnapshot.h"

#include <optional>

// changes.html: what moved, was renamed, added or removed since the
// previous export into the same folder, so attendees who planned their day
// on the old programme see what to check.
class SiteChangesPage
{
public:
    // `previous`: none for the first export.
    static QString html(const SiteContent &content, const SiteSnapshot &current,
                        const std::optional<SiteSnapshot> &previous);
};
