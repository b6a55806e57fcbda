#pragma once

#include "document/EventDocument.h"
#include "pages/Page.h"

class QLabel;
class QFormLayout;

// The event at a glance: its facts and how many rooms, sessions, speakers
// and participants it holds.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Overview"); }
    void setDocument(EventDocument *document) override;

private:
    void refresh();
    EventDocument *m_document = nullptr;
    QLabel *m_name;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_counts;
};
