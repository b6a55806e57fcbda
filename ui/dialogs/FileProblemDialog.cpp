#include "dialogs/FileProblemDialog.h"

#include "storage/EventStore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileProblemDialog)
};
} // namespace

void FileProblemDialog::showError(QWidget *parent, const QString &message, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Podium"), message, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

bool FileProblemDialog::offerReadOnly(QWidget *parent, const QString &sentence, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Podium"), sentence, QMessageBox::NoButton, parent);
    QPushButton *readOnly = box.addButton(Tr::tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
    return box.clickedButton() == readOnly;
}

bool FileProblemDialog::checkBeforeWriting(QWidget *parent, const EventStore &file)
{
    if (file.isReadOnly())
        return true;
    QProgressDialog progress(Tr::tr("Checking “%1” before changing it…").arg(file.displayName()), Tr::tr("Cancel"), 0, 0,
                             parent);
    progress.setWindowTitle(Tr::tr("Podium"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // small files are checked before it would show
    bool cancelled = false;
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const Status whole = file.verifyWhole([&] {
        if (sinceEvents.elapsed() >= 50) {
            progress.setValue(0); // shows the dialog once its minimum duration has passed
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (whole || cancelled) // cancelled: the first write checks it instead
        return true;
    showError(parent, whole.error(), whole.details());
    return false;
}
