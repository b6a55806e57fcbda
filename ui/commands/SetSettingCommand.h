#pragma once

#include "commands/EditCommand.h"

// Changes one of the event's settings (stored in the file, e.g. the
// timetable's snap step).
class SetSettingCommand : public EditCommand
{
public:
    SetSettingCommand(EventDocument *document, const QString &key, const QString &before, const QString &after,
                      const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_key;
    QString m_before;
    QString m_after;
};
