#include "dialogs/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).trimmed();
}

QString keys(const QAction *action)
{
    QStringList texts;
    for (const QKeySequence &key : action->shortcuts())
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

// Adds the actions that have keys; submenus become their own groups.
void addGroup(QTreeWidget *tree, const QString &title, const QList<QAction *> &actions)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : actions) {
        if (QMenu *submenu = action->menu()) {
            addGroup(tree, plain(title) + QStringLiteral(" ▸ ") + plain(action->text()), submenu->actions());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(tree, {plain(title)});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {plain(action->text()), keys(action)});
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, const QList<QPair<QString, QList<QAction *>>> &extra,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    for (QAction *menuAction : menus->actions())
        if (QMenu *menu = menuAction->menu())
            addGroup(m_tree, menuAction->text(), menu->actions());
    for (const auto &[title, actions] : extra)
        addGroup(m_tree, title, actions);
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(560, 620);
}
