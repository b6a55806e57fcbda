#include "commands/SetSettingCommand.h"

#include "storage/EventStore.h"
#include "storage/SettingRepository.h"

SetSettingCommand::SetSettingCommand(EventDocument *document, const QString &key, const QString &before,
                                     const QString &after, const QString &text)
    : EditCommand(document, EventDocument::SettingsPart, text), m_key(key), m_before(before), m_after(after)
{
}

Status SetSettingCommand::apply()
{
    return document()->store().settings().setValue(m_key, m_after);
}

Status SetSettingCommand::revert()
{
    return document()->store().settings().setValue(m_key, m_before);
}
