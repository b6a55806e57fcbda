#pragma once

#include "design/Design.h"
#include "model/Participant.h"
#include "util/Result.h"

#include <QList>

class PrintData;

// Checks a certificate someone shows: whose certificate, from which design, has the
// verification code printed on it. The code is a hash of the certificate's text, so it
// is found by printing every certificate again (in memory) and comparing.
class CertificateVerifier
{
public:
    struct Match
    {
        QString design;
        Participant participant;
        QString name; // as printed
    };
    // The certificates with this code ("3F2A-9C1B-77D0", any case, with or without dashes)
    // among the designs that print one; none when the code is not Podium's for this event.
    static QList<Match> find(const PrintData &data, const QList<Design> &designs, const QString &code);
    // The code printed on a participant's certificate of this design (empty when it prints none).
    static QString codeOf(const PrintData &data, const Design &design, const Participant &participant);
};
