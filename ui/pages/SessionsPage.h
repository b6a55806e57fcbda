#pragma once

#include "model/Session.h"
#include "pages/Page.h"

#include <QTimer>

class EventDocument;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SessionTableModel;

// Every session in a sortable, filterable table, for those who prefer lists
// to the timetable. Its edits are the timetable's edits (ProgrammeEdits).
class SessionsPage : public Page
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Sessions"); }
    void setDocument(EventDocument *document) override;

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    void refreshNow();

private:
    QWidget *createToolBar();
    SessionId currentSession() const;
    void selectSession(SessionId id);
    void editCurrent();

    EventDocument *m_document = nullptr;
    SessionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QList<QAction *> m_editActions;
    QTimer m_refreshTimer;
};
