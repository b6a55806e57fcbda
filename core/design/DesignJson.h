#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

// A design as JSON: how designs are stored in the event file (the design alone) and
// exported to reuse in another event (with its images, base64, in one small file).
//
//   { "podium_design": 1, "name": "Badge 2026", "kind": "badge", "size_mm": [90, 55],
//     "preset": "avery-l7165", "sides": "front-only",
//     "front": { "background": "#ffffff", "elements": [
//        { "type": "text", "box_mm": [5, 20, 80, 12], "text": "{first_name} {last_name}",
//          "font": { "family": "", "weight": 700, "italic": false, "max_pt": 28, "min_pt": 14 },
//          "max_lines": 2, "align": "centre", "valign": "top", "colour": "#1a1a1a",
//          "only_categories": ["speaker"], "colour_from_category": false } ] },
//     "back": {...}, "category_colours": { "speaker": "#c0392b" },
//     "certificate": { "signatory_name": "...", ... }, "images": [ {"id", "name", "format", "data"} ] }
//
// Lengths are written to the micrometre and sizes to the hundredth of a point.
// Reading checks every field and names the one that is wrong ("front.elements[2].font.max_pt:
// ..."); a file from a newer Podium says so. Keys it does not know are ignored.
class DesignJson
{
public:
    static constexpr int version = 1;

    // The design alone (what the event file stores).
    static QByteArray toJson(const Design &design);
    // With the images it uses (what `design export` writes).
    static QByteArray toJson(const Design &design, const QList<DesignImage> &images);

    struct Parsed
    {
        Design design;
        QList<DesignImage> images; // those the file carried
    };
    // `source` names the file (or the design) in messages.
    static Result<Parsed> fromJson(const QByteArray &json, const QString &source);
};
