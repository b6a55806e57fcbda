#pragma once

#include "util/Result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

// A sheet of badges or labels, as data: the paper, one label's size, the
// position of the first label, the pitch (distance from one label's corner
// to the next one's), and the grid. All lengths in millimetres.
struct LabelSheet
{
    QString key;  // "a6-4up", "avery-l7165", "custom"
    QString name; // for people
    QSizeF page;  // width x height
    QSizeF label;
    qreal left = 0; // page edge to the first column
    qreal top = 0;  // page edge to the first row
    qreal pitchX = 0;
    qreal pitchY = 0;
    int columns = 1;
    int rows = 1;
    // A roll of continuous tape (Brother QL 62 mm): `label` is the tape's width and a default
    // length; a design decides the length it is cut at (the page is one label).
    bool continuous = false;

    int perPage() const { return columns * rows; }
    // Label `index` (0 .. perPage()-1, row by row) on the page, in points.
    QRectF labelRect(int index) const;
    QSizeF pageSizePoints() const;
    // Says what is wrong when the labels overlap or leave the paper.
    Status validate() const;

    // The custom form: "custom:page=210x297,label=90x55,margin=15x13.5,pitch=95x55,grid=2x5".
    QString toSpec() const;
    static Result<LabelSheet> fromSpec(const QString &spec);

    // The sheets and label printers Podium knows, each with the manufacturer's published
    // dimensions (sources in LabelSheet.cpp): A6 and A7 sheets, card badges, Avery, Herma,
    // Brother QL, Dymo and Zebra labels.
    static const QList<LabelSheet> &builtIn();
    // A one-label page for a label printer (page = label).
    static LabelSheet labelPrinter(const QString &key, const QString &name, QSizeF label, bool continuous = false);
    static LabelSheet defaultSheet() { return builtIn().front(); }
    // A built-in sheet by key, or a custom spec.
    static Result<LabelSheet> byKey(const QString &keyOrSpec);
    static QString keyList();

    bool operator==(const LabelSheet &o) const;
};
