#pragma once

#include "print/DocumentRenderer.h"

// Sign-in sheets: for each session on the programme (breaks aside), the
// registered participants with a column to sign in, plus blank lines for
// people who register at the door.
class SignInSheetRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;
    static constexpr int blankRows = 5;
};
