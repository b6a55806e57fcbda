#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

class QPainter;

// A QR code (libqrencode) as a square of dark and light modules, drawn as
// vector rectangles so it stays sharp at any print resolution.
class QrCode
{
public:
    // Modules of white border that scanners need around the code (ISO/IEC 18004).
    static constexpr int quietZone = 4;

    static Result<QrCode> encode(const QString &text);

    int size() const { return m_size; } // modules per side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }
    // Draws the code with its quiet zone filling the square `target` (a white background first).
    void draw(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QByteArray m_modules;
};
