#pragma once

#include "print/DocumentRenderer.h"

// The attendee list to share with participants and partners: only those who
// agreed to appear on shared lists (ConsentPolicy), name and organisation.
class AttendeeListRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;
};
