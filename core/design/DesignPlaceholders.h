#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class PrintData;
struct CertificateDetails;
struct Participant;
struct Person;

// The {placeholders} of a design's texts and what they stand for, for one participant.
//
// Missing values leave no gap: a line whose placeholders all come out empty is left
// out (the lines below move up), and separators next to an empty value go with it
// ("{position}, {organisation}" with no position prints "Organisation").
// A placeholder Podium does not know stays as written, so a typo shows on the proof.
class DesignPlaceholders
{
public:
    using Values = QHash<QString, QString>;

    // Every participant field by its key ("first_name", "organisation", "category", "email"...),
    // "name" (in the order of the person's script: "王小明", "Anna Chioti"), "name_line1" and
    // "name_line2" (the standard badge's large and small lines), "full_name", "display_name"
    // (with the honorific), and the event's: "event_name",
    // "event_subtitle", "event_dates", "venue", "organiser".
    static Values forParticipant(const PrintData &data, const Participant &participant, const Person &person);
    // Adds a certificate's "signatory_name", "signatory_title" and "issue_date" (in the event's language).
    static void addCertificate(Values &values, const PrintData &data, const CertificateDetails &certificate);
    // The keys people may use, for the designer's list and the documentation.
    static QStringList keys();

    static QString expand(const QString &text, const Values &values);
};
