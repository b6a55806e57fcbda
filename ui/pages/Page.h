#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

class EventDocument;

// One page of the main window's sidebar (Overview, Programme, People...).
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }
    // The open event, or null when none is open.
    virtual void setDocument(EventDocument *document) = 0;

    // Hands the page the open event the way the main window does: a page on
    // screen reads it at once, a hidden one only when it is first shown, so
    // opening a large event reads only what the visible page needs.
    void attachDocument(EventDocument *document);
    // Whether the page has read the document last attached (false while it waits to be shown).
    bool isLoaded() const { return !m_waiting; }
    // Reads the attached event now if it still waits: for the page's actions used
    // from the menus or the toolbar while another page is shown.
    void ensureLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(EventDocument *document);

    QPointer<EventDocument> m_attached; // what setDocument() last received through attachDocument()
    QPointer<EventDocument> m_pending;
    bool m_waiting = false;
};
