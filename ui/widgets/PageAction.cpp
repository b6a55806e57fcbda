#include "widgets/PageAction.h"

#include <QBoxLayout>
#include <QToolButton>

QAction *PageAction::add(QWidget *page, QBoxLayout *toolBar, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, page);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!keys.isEmpty())
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                          keys.first().toString(QKeySequence::NativeText)));
    page->addAction(action);
    auto *button = new QToolButton(toolBar->parentWidget());
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addWidget(button);
    return action;
}
