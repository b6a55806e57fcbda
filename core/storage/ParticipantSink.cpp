#include "storage/ParticipantSink.h"

#include "util/UtcText.h"

#include <algorithm>

namespace {
// A time as stored (UtcText), or no bytes for no time.
QByteArray timeText(const QDateTime &t)
{
    return t.isValid() ? UtcText::format(t) : QByteArray();
}
} // namespace

QString ParticipantSink::emailKey(const QString &email)
{
    // Most addresses are written in lower-case ASCII already: then the key is
    // the address itself, shared, not a folded copy.
    const bool folded = std::all_of(email.cbegin(), email.cend(), [](QChar c) {
        return c.unicode() > ' ' && c.unicode() < 0x80 && !(c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
    return folded ? email : email.trimmed().toCaseFolded();
}

Utf8Columns ParticipantSink::encodeNewRow(const Person &p, const Participant &q)
{
    return Utf8Columns({p.title, p.firstName, p.lastName, p.organisation, p.position, p.email, p.phone, p.country,
                        p.bio, q.dietary, q.accessibility, q.notes},
                       {timeText(q.checkedIn), timeText(q.registeredAt)});
}
