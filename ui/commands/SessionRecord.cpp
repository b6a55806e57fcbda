#include "commands/SessionRecord.h"

#include "storage/ConstraintRepository.h"
#include "storage/EventStore.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

Result<SessionRecord> SessionRecord::load(const EventStore &file, SessionId id)
{
    auto session = file.sessions().byId(id);
    if (!session)
        return Result<SessionRecord>::failure(session.error());
    auto roles = file.sessions().roles(id);
    if (!roles)
        return Result<SessionRecord>::failure(roles.error());
    auto constraints = ConstraintRepository(file).ofSession(id);
    if (!constraints)
        return Result<SessionRecord>::failure(constraints.error());
    return SessionRecord{session.value(), roles.value(), constraints.value()};
}

Result<SessionId> SessionRecord::insert(const EventStore &file) const
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Result<SessionId>::failure(transaction.error());
    auto id = file.sessions().insert(session);
    if (!id)
        return id;
    if (Status s = file.sessions().setRoles(id.value(), roles); !s)
        return Result<SessionId>::failure(s.error());
    SessionConstraints own = constraints;
    own.sessionId = id.value();
    if (Status s = ConstraintRepository(file).setSession(own); !s)
        return Result<SessionId>::failure(s.error());
    if (Status s = transaction.commit(); !s)
        return Result<SessionId>::failure(s.error());
    return id;
}

Status SessionRecord::update(const EventStore &file) const
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = file.sessions().update(session); !s)
        return s;
    if (Status s = file.sessions().setRoles(session.id, roles); !s)
        return s;
    SessionConstraints own = constraints;
    own.sessionId = session.id;
    if (Status s = ConstraintRepository(file).setSession(own); !s)
        return s;
    return transaction.commit();
}
