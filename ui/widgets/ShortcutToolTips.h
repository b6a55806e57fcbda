#pragma once

class QAction;
class QWidget;

// Tooltips that name the keys: "Undo Move “Keynote” (Ctrl+Z)". They follow the
// action's text and shortcut as these change (the Undo action's text does).
namespace ShortcutToolTips {
void install(QAction *action);
// Every action under the widget (menus, toolbars, the pages' buttons).
void installAll(QWidget *root);
} // namespace ShortcutToolTips
