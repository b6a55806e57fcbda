#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

// A sentence in the middle of an empty list that says what to do next ("No
// participants yet: import a spreadsheet…"), instead of a blank white box.
// The text is asked for each time the list becomes empty, so it can tell a
// search that found nothing from an event that has nothing yet.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    static EmptyState *install(QAbstractItemView *view, std::function<QString()> text);
    // Shows or hides the sentence for the view's rows now.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, std::function<QString()> text);
    void place();

    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};
