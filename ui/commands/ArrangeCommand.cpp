#include "commands/ArrangeCommand.h"

ArrangeCommand::ArrangeCommand(EventDocument *document, ArrangePlan plan, const QString &text)
    : EditCommand(document, EventDocument::SessionsPart, text), m_plan(std::move(plan))
{
}
