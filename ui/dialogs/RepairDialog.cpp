#include "dialogs/RepairDialog.h"

#include "dialogs/FileProblemDialog.h"
#include "repair/EventFileRepair.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RepairDialog)
};
} // namespace

QString RepairDialog::run(QWidget *parent, const QString &suggested)
{
    const QString filter = Tr::tr("Podium events (*.podium);;All files (*)");
    const QString damaged = QFileDialog::getOpenFileName(parent, Tr::tr("Repair: Choose the Damaged Event File"), suggested, filter);
    if (damaged.isEmpty())
        return {};
    const QFileInfo info(damaged);
    QString target = QFileDialog::getSaveFileName(
        parent, Tr::tr("Repair: Save What Can Be Read As"),
        info.absoluteDir().filePath(Tr::tr("%1 (repaired).podium").arg(info.completeBaseName())), filter);
    if (target.isEmpty())
        return {};
    if (!target.endsWith(QLatin1String(".podium")))
        target += QStringLiteral(".podium");

    QProgressDialog progress(Tr::tr("Saving what can be read of “%1”…").arg(info.fileName()), Tr::tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(Tr::tr("Repair"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const auto repaired = EventFileRepair::repair(damaged, target, [&](qint64 rows) {
        if (sinceEvents.elapsed() >= 50) {
            progress.setLabelText(Tr::tr("Saving what can be read of “%1”: %L2 records so far…").arg(info.fileName()).arg(rows));
            progress.setValue(0);
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!repaired) {
        FileProblemDialog::showError(parent, repaired.error(), repaired.details());
        return {};
    }
    QMessageBox box(repaired->whole() ? QMessageBox::Information : QMessageBox::Warning, Tr::tr("Repair"),
                    Tr::tr("Saved in “%1”. %2").arg(QDir::toNativeSeparators(target), repaired->summary()),
                    QMessageBox::NoButton, parent);
    QPushButton *open = box.addButton(Tr::tr("&Open the Repaired File"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(open);
    box.exec();
    return box.clickedButton() == open ? target : QString();
}
