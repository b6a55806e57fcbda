#include "privacy/AnonymisationSummary.h"

#include "model/Vocabulary.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace {
template <typename E>
QString labelOf(const QString &key)
{
    const auto value = Vocabulary<E>::fromKey(key);
    return value ? toLabel(*value) : key;
}

void addLine(QStringList &lines, qint64 count, const QString &text)
{
    if (count > 0)
        lines << QStringLiteral("  - ") + text;
}
} // namespace

QString AnonymisationSummary::removals(const PersonalDataCounts &c, bool keepStatistics)
{
    QStringList lines;
    addLine(lines, c.emails, tr("E-mail addresses: %1").arg(c.emails));
    addLine(lines, c.phones, tr("Phone numbers: %1").arg(c.phones));
    addLine(lines, c.names, tr("Names (with titles, positions and biographies): %1").arg(c.names));
    addLine(lines, c.organisations, tr("Organisation names: %1").arg(c.organisations));
    addLine(lines, c.dietary, tr("Dietary needs: %1").arg(c.dietary));
    addLine(lines, c.accessibility, tr("Accessibility needs: %1").arg(c.accessibility));
    addLine(lines, c.notes, tr("Registration notes: %1").arg(c.notes));
    if (!keepStatistics) {
        addLine(lines, c.countries, tr("Countries: %1").arg(c.countries));
        addLine(lines, c.organisationTypes, tr("Organisation types: %1").arg(c.organisationTypes));
    }
    if (c.total(keepStatistics) == 0)
        lines << tr("  (no personal data left to remove)");
    addLine(lines, c.registrations, tr("Registration codes, replaced by new ones: %1").arg(c.registrations));
    return lines.join(QLatin1Char('\n'));
}

QString AnonymisationSummary::kept(const PersonalDataCounts &c, bool keepStatistics)
{
    QString text = tr("Every registration stays with its category, status, consents and check-in time.");
    text += QLatin1Char(' ')
        + (keepStatistics ? tr("Organisation types and countries stay, so reports can still count them.")
                          : tr("Organisation types and countries are cleared, except for people with a session role."));
    if (c.speakers > 0)
        text += QLatin1Char(' ')
            + tr("People with a role in a session (%1) keep their name and organisation: they are part of the "
                 "programme.")
                  .arg(c.speakers);
    return text;
}

QString AnonymisationSummary::keptStatistics(const ParticipantBreakdown &statistics, bool keepStatistics)
{
    return table(tr("Statistics kept:"), statistics, nullptr, !keepStatistics);
}

QString AnonymisationSummary::beforeAndAfter(const ParticipantBreakdown &before, const ParticipantBreakdown &after)
{
    return table(tr("Statistics (before -> after):"), before, &after, false);
}

QString AnonymisationSummary::table(const QString &heading, const ParticipantBreakdown &before,
                                    const ParticipantBreakdown *after, bool categoriesOnly)
{
    struct Group
    {
        QString title;
        const QMap<QString, qint64> ParticipantBreakdown::*counts;
        std::function<QString(const QString &)> label;
    };
    const Group groups[] = {
        {tr("Registrations by category"), &ParticipantBreakdown::byCategory, labelOf<ParticipantCategory>},
        {tr("Registrations by organisation type"), &ParticipantBreakdown::byOrganisationType,
         labelOf<OrganisationType>},
        {tr("Registrations by country"), &ParticipantBreakdown::byCountry,
         [](const QString &country) { return country.isEmpty() ? tr("(not given)") : country; }},
    };
    QStringList lines;
    auto row = [&](const QString &name, qint64 was, std::optional<qint64> now) {
        QString line = QStringLiteral("  %1 %2").arg(name.leftJustified(34)).arg(was, 6);
        if (now)
            line += QStringLiteral("  ->  %1").arg(*now, 6);
        lines << line;
    };
    lines << heading;
    row(tr("Registrations"), before.registrations,
        after ? std::optional<qint64>(after->registrations) : std::nullopt);
    for (const Group &g : groups) {
        if (categoriesOnly && g.counts != &ParticipantBreakdown::byCategory)
            continue;
        lines << g.title + QLatin1Char(':');
        const QMap<QString, qint64> &was = before.*(g.counts);
        QStringList keys = was.keys();
        if (after)
            for (const QString &k : (after->*(g.counts)).keys())
                if (!was.contains(k))
                    keys << k;
        for (const QString &k : keys)
            row(g.label(k), was.value(k), after ? std::optional<qint64>((after->*(g.counts)).value(k)) : std::nullopt);
    }
    return lines.join(QLatin1Char('\n'));
}
