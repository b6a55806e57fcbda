#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>

class QBoxLayout;
class QWidget;

// An action of a page: its shortcut works while the page has the focus, and
// a button for it goes in the page's tool bar (tooltip naming the shortcut).
class PageAction
{
public:
    static QAction *add(QWidget *page, QBoxLayout *toolBar, const QString &text, const QList<QKeySequence> &keys);
};
