#pragma once

#include <QMenu>

#include <functional>

class EventDocument;

// The main window's Privacy menu: export a person's data, erase a person,
// anonymise after the event (see PrivacyActions). It asks for the open
// document each time, so the window only has to add it:
//   menuBar()->addMenu(new PrivacyMenu([this] { return m_document; }, this));
class PrivacyMenu : public QMenu
{
    Q_OBJECT
public:
    using DocumentGetter = std::function<EventDocument *()>;
    explicit PrivacyMenu(DocumentGetter document, QWidget *parent = nullptr);

private:
    void updateActions();
    DocumentGetter m_document;
    QAction *m_export;
    QAction *m_erase;
    QAction *m_anonymise;
};
