#pragma once

#include "document/EventDocument.h"
#include "util/Result.h"

#include <QUndoCommand>

// Base of Podium's undo commands: each edit writes to the file at once
// (redo), and undo writes the inverse edit. A write that fails is reported
// and the command becomes obsolete, so the stack never claims an edit that
// is not in the file.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EventDocument *document, EventDocument::Parts parts, const QString &text);

    void redo() final;
    void undo() final;
    // What the status bar says once the edit is made ("Moved “Keynote” to 10:30, Auditorium");
    // by default "Done: " and the command's text.
    void setDoneText(const QString &text) { m_doneText = text; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    EventDocument *document() const { return m_document; }

private:
    void finish(const Status &status);
    EventDocument *m_document;
    EventDocument::Parts m_parts;
    QString m_doneText;
    bool m_applied = false;
};
