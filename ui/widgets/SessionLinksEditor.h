#pragma once

#include "model/Session.h"

#include <QWidget>

class QTableWidget;

// A session's links and attachments (slides, papers) as one editable table:
// kind, title, web address and, for attachments, their type ("slides").
class SessionLinksEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SessionLinksEditor(QWidget *parent = nullptr);

    void setLinks(const QList<SessionLink> &links, const QList<SessionLink> &attachments);
    // Rows without an address are left out.
    QList<SessionLink> links() const;
    QList<SessionLink> attachments() const;

private:
    void addRow(bool attachment, const SessionLink &link);
    QList<SessionLink> rows(bool attachment) const;
    QTableWidget *m_table;
};
