#pragma once

#include "print/DocumentRenderer.h"

// Sign-in sheets, one per session on the programme (breaks aside). Podium keeps
// no registrations per session, so a plenary (a talk, keynote or panel with no
// other session beside it) lists every participant chosen, with a few blank lines for
// people registering at the door; any other session gets numbered blank lines
// for those who come: as many as asked, or its expected attendance, or a page's
// worth. Names wrap, never cut.
class SignInSheetRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

    static constexpr int doorRows = 5;
    static constexpr qreal rowHeight = 24;     // room to sign
    static constexpr qreal headerRowRoom = 30; // the table's header row, with some to spare
    // Whether everyone is expected: a talk, keynote or panel with nothing else on the programme at the same time.
    static bool isPlenary(const Session &session, const QList<Session> &programme);
    // Blank lines on the sheet of a session that is not a plenary, `room` points being left on its page.
    int blankRowsFor(const Session &session, qreal room) const;
};
