#pragma once

#include "print/DocumentRenderer.h"

// Room signs for the doors: one page per room and day, the room's name large
// and its sessions of the day with their times.
class RoomSignRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

private:
    // Draws the sign of these sessions (the first ones that fit); returns how many it shows.
    int drawSign(PageCanvas &canvas, const Room &room, QDate day, const QList<Session> &sessions, bool continued) const;
};
