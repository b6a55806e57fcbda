#pragma once

#include "print/DocumentRenderer.h"

// Certificates of attendance: one page per participant who checked in (or,
// with allRegistered, everyone registered), with name, event, dates, venue
// and organiser; or, with a certificate design in the options, the design's
// wording, signatory, date of issue and verification code.
class CertificateRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    QPageLayout pageLayout() const override;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;
    QList<Participant> participants() const;

private:
    void drawCertificate(PageCanvas &canvas, const Person &person) const;
    // With a design: its front (and back, duplex) for each participant.
    Status renderDesign(PageCanvas &canvas, const QList<Participant> &list, const PrintProgress &progress) const;
};
