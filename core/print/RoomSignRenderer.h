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
    void drawSign(PageCanvas &canvas, const Room &room, QDate day, const QList<Session> &sessions) const;
};
