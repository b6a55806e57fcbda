#pragma once

#include <QString>

class EventDocument;
class QDialog;

// What the session, person and participant editors share about team work:
// a History… button showing that row's changes (and Revert), and, when a
// save was refused because someone changed the row meanwhile, the reason
// above the form, which then shows the current values.
class EditorHistory
{
public:
    // label: the button's text, with a mnemonic the editor's own fields do not use
    // (the participant and person editors have P&hone) or none.
    static void addButton(QDialog *editor, EventDocument *document, const QString &table, qint64 rowId,
                          const QString &label);
    static void showRefusal(QDialog *editor, const QString &message);
};
