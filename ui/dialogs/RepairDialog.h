#pragma once

#include <QString>

class QWidget;

// File ▸ Repair…: asks for a damaged event file and a name for the new one,
// salvages what can be read (EventFileRepair) with progress, and says what
// was lost. Returns the new file's path when the user chose to open it.
class RepairDialog
{
public:
    static QString run(QWidget *parent, const QString &suggested = {});
};
