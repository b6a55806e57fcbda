#include "print/PagedDeviceCanvas.h"

#include "util/TestHook.h"

#include <QPagedPaintDevice>

PagedDeviceCanvas::PagedDeviceCanvas(QPagedPaintDevice *device, const QPageLayout &layout)
    : PageCanvas(layout), m_device(device)
{
    m_device->setPageLayout(layout);
}

QPaintDevice *PagedDeviceCanvas::paintDevice() const
{
    return m_device;
}

bool PagedDeviceCanvas::startDevicePage(QPainter &painter, bool first)
{
    TestHook::passed(TestHook::Kind::Page);
    if (first)
        return painter.begin(m_device);
    return m_device->newPage();
}
