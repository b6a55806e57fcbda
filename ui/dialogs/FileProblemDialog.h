#pragma once

#include <QString>

class EventStore;
class QWidget;

// The dialogs about an event file that cannot be used as it is: one
// sentence, with what SQLite or the system said behind "Show Details…";
// the offer to open a file changed by another program read-only; and the
// check of a large file before its first write, with progress.
class FileProblemDialog
{
public:
    static void showError(QWidget *parent, const QString &message, const QString &details = {});
    // Asks whether to open a file whose schema another program changed
    // read-only; `sentence` says what differs. True: open it read-only.
    static bool offerReadOnly(QWidget *parent, const QString &sentence, const QString &details = {});
    // Runs the full check of a writable file before anything writes to it,
    // showing progress when it takes a while. False (having said why) when
    // the file is damaged; cancelling leaves the check to the first write.
    static bool checkBeforeWriting(QWidget *parent, const EventStore &file);
};
