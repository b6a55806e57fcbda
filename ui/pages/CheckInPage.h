#pragma once

#include "document/EventDocument.h"
#include "pages/Page.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;

// The registration desk: one field that takes a typed or scanned code (a USB
// scanner types it and presses Enter). The person appears big, in green, or
// in red with the reason. Undo takes back a check-in; counts per category
// follow every change.
class CheckInPage : public Page
{
    Q_OBJECT
public:
    explicit CheckInPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Check-in"); }
    QIcon icon() const override;
    void setDocument(EventDocument *document) override;

    QLineEdit *codeEdit() const { return m_code; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *countsLabel() const { return m_counts; }
    void checkIn();

private:
    void showResult(bool accepted, const QString &headline, const QString &details);
    void refreshCounts();
    void updateEnabled();

    QPointer<EventDocument> m_document;
    QLineEdit *m_code;
    QFrame *m_panel;
    QLabel *m_result;
    QLabel *m_details;
    QPushButton *m_undo;
    QLabel *m_counts;
};
