#include "print/QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QVector>

#include <qrencode.h>

#include <memory>

Result<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // Level M survives a scratched or creased badge; 8-bit mode keeps any text as it is.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code)
        return Result<QrCode>::failure(
            QCoreApplication::translate("QrCode", "The QR code for “%1” could not be made.").arg(text));
    QrCode qr;
    qr.m_size = code->width;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = char(code->data[i] & 1);
    return qr;
}

void QrCode::draw(QPainter &painter, const QRectF &target) const
{
    const int total = m_size + 2 * quietZone;
    const qreal module = qMin(target.width(), target.height()) / total;
    const QPointF origin(target.left() + quietZone * module, target.top() + quietZone * module);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(target.topLeft(), QSizeF(total * module, total * module)), Qt::white);
    // One rectangle per horizontal run of dark modules: a smaller PDF ("re" operators), faster
    // to write and to print. Antialiasing off so that adjacent runs leave no hairline gaps.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::black);
    QVector<QRectF> runs;
    runs.reserve(m_size * m_size / 3);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && dark(x, y))
                ++x;
            runs.append(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }
    painter.drawRects(runs);
    painter.restore();
}
