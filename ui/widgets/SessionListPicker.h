#pragma once

#include "model/Session.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

// A short list of other sessions to pick (must follow, must precede, not at
// the same time as): type part of a title and pick it from the completion,
// or press Enter when one session matches; Remove takes the selected out.
class SessionListPicker : public QWidget
{
    Q_OBJECT
public:
    struct Choice
    {
        SessionId id = 0;
        QString text; // "Keynote — Fri 09:00, Auditorium"
    };
    explicit SessionListPicker(QWidget *parent = nullptr);
    void setChoices(const QList<Choice> &choices);
    void setSelected(const QList<SessionId> &ids);
    QList<SessionId> selected() const;
    // The line to type in, for a label's buddy.
    QLineEdit *input() const { return m_input; }

signals:
    void changed();

private:
    void addTyped();
    void add(SessionId id);
    QHash<SessionId, QString> m_text;
    QHash<QString, SessionId> m_byText;
    QLineEdit *m_input;
    QListWidget *m_list;
    QPushButton *m_remove;
};
