#include "widgets/ShortcutToolTips.h"

#include <QAction>
#include <QWidget>

namespace {
const char *const installedProperty = "podiumShortcutToolTip";
const char *const ownTipProperty = "podiumOwnToolTip"; // a tooltip the action was given, not its text

QString plainText(const QAction *action)
{
    QString text = action->text();
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).remove(QStringLiteral("...")).trimmed();
}

void update(QAction *action)
{
    const QString own = action->property(ownTipProperty).toString();
    const QString text = own.isEmpty() ? plainText(action) : own;
    const QKeySequence key = action->shortcut();
    const QString tip = key.isEmpty() ? text
                                      : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
    if (action->toolTip() != tip)
        action->setToolTip(tip); // emits changed() once more, which finds nothing to do
}
} // namespace

void ShortcutToolTips::install(QAction *action)
{
    if (action->isSeparator() || action->property(installedProperty).toBool())
        return;
    action->setProperty(installedProperty, true);
    QString qtTip = action->text();
    qtTip.remove(QLatin1Char('&')).remove(QStringLiteral("..."));
    if (action->toolTip() != qtTip && action->toolTip() != plainText(action))
        action->setProperty(ownTipProperty, action->toolTip());
    update(action);
    QObject::connect(action, &QAction::changed, action, [action] { update(action); });
}

void ShortcutToolTips::installAll(QWidget *root)
{
    for (QAction *action : root->findChildren<QAction *>())
        install(action);
}
