#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help ▸ Keyboard Shortcuts: every menu's actions with their keys, read from
// the actions themselves, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // extra: actions outside the menus (a page's own buttons), under their page's name.
    ShortcutsDialog(const QMenuBar *menus, const QList<QPair<QString, QList<QAction *>>> &extra,
                    QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
