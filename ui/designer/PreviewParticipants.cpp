#include "designer/PreviewParticipants.h"

#include "design/Design.h"
#include "print/BadgeRenderer.h"
#include "print/ParticipantSelection.h"
#include "print/PrintData.h"
#include "print/PrintedName.h"

#include <QMap>

namespace {
QString nameOf(const PrintData &data, const Participant &participant)
{
    const Person *person = data.person(participant.personId);
    return person ? PrintedName::of(*person).withHonorific() : participant.code;
}
} // namespace

QList<PreviewParticipants::Choice> PreviewParticipants::choices(const PrintData &data)
{
    // One pass over the participants (a congress has 100,000 of them), in the event's order.
    const Participant *longest = nullptr;
    qsizetype longestSize = -1;
    const Participant *cjk = nullptr;
    QMap<ParticipantCategory, const Participant *> perCategory;
    for (const Participant &p : data.participants) {
        const Person *person = data.person(p.personId);
        if (!person)
            continue;
        // The longest name as printed, honorific and all: what fit-to-box must cope with.
        const qsizetype size = person->title.size() + person->firstName.size() + person->lastName.size();
        if (size > longestSize) {
            longest = &p;
            longestSize = size;
        }
        if (!cjk && PrintedName::isFamilyFirstScript(person->firstName + person->lastName))
            cjk = &p;
        if (!perCategory.contains(p.category))
            perCategory.insert(p.category, &p);
    }
    QList<Choice> result;
    if (longest) {
        result.append({tr("Longest name: %1").arg(nameOf(data, *longest)), false, *longest, {}, {}});
        if (cjk)
            result.append({tr("CJK name: %1").arg(nameOf(data, *cjk)), false, *cjk, {}, {}});
        else
            result.append({tr("CJK name (a sample): %1").arg(QStringLiteral("王小明")), false, *longest,
                           QStringLiteral("小明"), QStringLiteral("王")});
        for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values())
            if (const Participant *p = perCategory.value(category))
                result.append({tr("%1: %2").arg(toLabel(category), nameOf(data, *p)), false, *p, {}, {}});
    }
    result.append({tr("Field names, as placeholders"), true, {}, {}, {}});
    return result;
}

std::optional<PreviewParticipants::Choice> PreviewParticipants::find(const PrintData &data, const QString &terms)
{
    const QSet<ParticipantId> ids = ParticipantSelection::matching(data, terms);
    for (const Participant &p : data.participants)
        if (ids.contains(p.id))
            return Choice{nameOf(data, p), false, p, {}, {}};
    return std::nullopt;
}

DesignSubject PreviewParticipants::subject(const PrintData &data, const Design &design, const Choice &choice)
{
    if (choice.placeholders) {
        // No values: every placeholder stays as written, and the standard face names its parts.
        DesignSubject s;
        s.categoryKey = QStringLiteral("{category}");
        s.categoryColour = BadgeRenderer::categoryColor(ParticipantCategory::Attendee);
        s.standard.name = PrintedName::of(QString(), QStringLiteral("{first_name}"), QStringLiteral("{last_name}"));
        s.standard.organisation = QStringLiteral("{organisation}");
        s.standard.position = QStringLiteral("{position}");
        s.standard.category = QStringLiteral("{category}");
        s.standard.categoryColor = s.categoryColour;
        s.standard.eventName = QStringLiteral("{event_name}");
        s.standard.eventDates = QStringLiteral("{event_dates}");
        s.standard.code = QStringLiteral("{code}");
        return s;
    }
    PrintOptions options;
    options.design = design;
    DesignSubject s = DesignSubjects(data, design).of(choice.participant);
    s.standard = BadgeRenderer(data, options).content(choice.participant);
    if (!choice.sampleFamily.isEmpty()) {
        const PrintedName name = PrintedName::of(QString(), choice.sampleGiven, choice.sampleFamily);
        s.values.insert(QStringLiteral("first_name"), choice.sampleGiven);
        s.values.insert(QStringLiteral("last_name"), choice.sampleFamily);
        s.values.insert(QStringLiteral("title"), QString());
        s.values.insert(QStringLiteral("full_name"), name.oneLine());
        s.values.insert(QStringLiteral("display_name"), name.oneLine());
        s.standard.name = name;
    }
    return s;
}
