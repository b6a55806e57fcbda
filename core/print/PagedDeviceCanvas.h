#pragma once

#include "print/PageCanvas.h"

class QPagedPaintDevice;

// Pages painted on a paged device: a QPdfWriter (PDF files) or a QPrinter (the GUI).
class PagedDeviceCanvas : public PageCanvas
{
public:
    // The device takes the layout; painting starts at the corner of the paper.
    PagedDeviceCanvas(QPagedPaintDevice *device, const QPageLayout &layout);
    QPaintDevice *paintDevice() const override;

protected:
    bool startDevicePage(QPainter &painter, bool first) override;

private:
    QPagedPaintDevice *m_device;
};
