#pragma once

#include <QColor>
#include <QString>

using TrackId = qint64;

struct Track
{
    TrackId id = 0;
    QString name;
    QColor color = QColor(0x4a, 0x90, 0xd9);
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    bool operator==(const Track &o) const { return id == o.id && name == o.name && color == o.color; }
};
