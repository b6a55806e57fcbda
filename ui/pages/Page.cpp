#include "pages/Page.h"

#include "document/EventDocument.h"

void Page::attachDocument(EventDocument *document)
{
    if (isVisible()) {
        load(document);
        return;
    }
    // Let go of the old event at once (it may be deleted next), read the new one later.
    if (m_attached)
        load(nullptr);
    m_pending = document;
    m_waiting = document != nullptr;
}

void Page::ensureLoaded()
{
    if (m_waiting)
        load(m_pending);
}

void Page::load(EventDocument *document)
{
    m_waiting = false;
    m_pending = nullptr;
    m_attached = document;
    setDocument(document);
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_waiting)
        load(m_pending);
}
