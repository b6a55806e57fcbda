#pragma once

#include <QIcon>
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
};
