#pragma once

#include "design/DesignSubject.h"
#include "model/Participant.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class PrintData;
struct Design;

// Whom the designer previews a design for: the participants that test a
// design hardest (the longest name of the event, a name in Chinese, Japanese
// or Korean), one of each category (so that every rule shows), or the
// placeholders themselves. An event without a CJK name gets a sample one on
// another participant's details, since the event will meet one sooner or later.
class PreviewParticipants
{
    Q_DECLARE_TR_FUNCTIONS(PreviewParticipants)
public:
    struct Choice
    {
        QString label;  // "Longest name: Maximilian Hohenzollern-Sigmaringen Wüstenrot"
        bool placeholders = false; // shows "{first_name}" as written
        Participant participant;
        // A sample name put on the participant's badge instead of theirs (the CJK sample).
        QString sampleGiven;
        QString sampleFamily;
    };

    static QList<Choice> choices(const PrintData &data);
    // A participant found by name or code ("Other participant").
    static std::optional<Choice> find(const PrintData &data, const QString &terms);
    // What the design prints for this choice: the subject DesignPainter paints.
    static DesignSubject subject(const PrintData &data, const Design &design, const Choice &choice);
};
