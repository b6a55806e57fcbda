#pragma once

#include <QDate>
#include <QString>

// What a certificate design adds to a badge design: who signs it and when it was
// issued. The wording itself is text elements with placeholders.
struct CertificateDetails
{
    QString signatoryName;   // "{signatory_name}"
    QString signatoryTitle;  // "{signatory_title}": "Chair of the organising committee"
    QString signatureImageId; // a DesignImage drawn by an image element (usually above the name)
    QDate issueDate;         // "{issue_date}" in the event's language; invalid: the day it is printed
    // "{verification_code}": a short hash of the certificate's text, printed small and as a
    // QR code (a QR element with text "{verification_code}"), so a copy can be checked.
    bool verificationCode = false;

    bool operator==(const CertificateDetails &o) const
    {
        return signatoryName == o.signatoryName && signatoryTitle == o.signatoryTitle
            && signatureImageId == o.signatureImageId && issueDate == o.issueDate && verificationCode == o.verificationCode;
    }
    bool operator!=(const CertificateDetails &o) const { return !(*this == o); }
};
