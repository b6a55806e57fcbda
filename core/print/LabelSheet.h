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

    int perPage() const { return columns * rows; }
    // Label `index` (0 .. perPage()-1, row by row) on the page, in points.
    QRectF labelRect(int index) const;
    QSizeF pageSizePoints() const;
    // Says what is wrong when the labels overlap or leave the paper.
    Status validate() const;

    // The custom form: "custom:page=210x297,label=90x55,margin=15x13.5,pitch=95x55,grid=2x5".
    QString toSpec() const;
    static Result<LabelSheet> fromSpec(const QString &spec);

    static const QList<LabelSheet> &builtIn();
    static LabelSheet defaultSheet() { return builtIn().front(); }
    // A built-in sheet by key, or a custom spec.
    static Result<LabelSheet> byKey(const QString &keyOrSpec);
    static QString keyList();

    bool operator==(const LabelSheet &o) const;
};
