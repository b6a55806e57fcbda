#include "arrange/ArrangePlan.h"

#include "storage/EventStore.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

QString ArrangeChange::key(Kind kind)
{
    switch (kind) {
    case Kind::Placed: return QStringLiteral("placed");
    case Kind::Moved: return QStringLiteral("moved");
    case Kind::Unplaced: return QStringLiteral("unplaced");
    }
    return {};
}

int ArrangePlan::count(ArrangeChange::Kind kind) const
{
    return int(std::count_if(changes.begin(), changes.end(), [kind](const ArrangeChange &c) { return c.kind == kind; }));
}

bool ArrangePlan::changesAnything() const
{
    // An unplaced session that had no place changes nothing.
    return std::any_of(changes.begin(), changes.end(), [](const ArrangeChange &c) {
        return c.kind != ArrangeChange::Kind::Unplaced || c.roomBefore.has_value();
    });
}

namespace {
Status write(const EventStore &file, const QList<ArrangeChange> &changes, bool after)
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const SessionRepository sessions = file.sessions();
    for (const ArrangeChange &c : changes) {
        auto session = sessions.byId(c.sessionId);
        if (!session)
            return Status::failure(session.error());
        Session s = session.value();
        s.roomId = after ? c.roomAfter : c.roomBefore;
        s.start = s.roomId ? (after ? c.startAfter : c.startBefore) : QDateTime();
        if (s == session.value())
            continue;
        if (Status st = sessions.update(s); !st)
            return st;
    }
    return transaction.commit();
}
} // namespace

Status ArrangePlan::apply(const EventStore &file) const
{
    return write(file, changes, true);
}

Status ArrangePlan::revert(const EventStore &file) const
{
    return write(file, changes, false);
}
