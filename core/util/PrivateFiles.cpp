#include "util/PrivateFiles.h"

#include "util/RemoveOnSignal.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <sys/stat.h>

void PrivateFiles::applyToProcess()
{
    ::umask(077);
    RemoveOnSignal::install();
    const QString settings = QSettings().fileName();
    if (QFileInfo::exists(settings)) {
        QFile::setPermissions(settings, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(QFileInfo(settings).absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}
