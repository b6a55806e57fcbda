#pragma once

#include "model/Session.h"
#include "schedule/Conflict.h"

#include <QWidget>

class QLabel;
class QListWidget;

// The timetable's conflicts as sentences, errors first marked red and
// warnings orange. Clicking one shows its session on the grid.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPanel(QWidget *parent = nullptr);
    void setConflicts(const QList<Conflict> &conflicts);
    int count() const;
    QListWidget *list() const { return m_list; }

signals:
    void sessionActivated(SessionId id);

private:
    QLabel *m_summary;
    QListWidget *m_list;
};
