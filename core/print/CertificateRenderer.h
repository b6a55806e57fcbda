#pragma once

#include "print/DocumentRenderer.h"

// Certificates of attendance: one page per participant who checked in (or,
// with allRegistered, everyone registered), with name, event, dates, venue
// and organiser.
class CertificateRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;
    QList<Participant> participants() const;

private:
    void drawCertificate(PageCanvas &canvas, const Person &person) const;
};
