#pragma once

#include "print/DocumentRenderer.h"

// The speaker list: everyone with a part in a session (speaker, chair,
// moderator, panellist), sorted by last name, with their sessions.
class SpeakerListRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;
};
