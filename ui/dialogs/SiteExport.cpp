#include "dialogs/SiteExport.h"

#include "document/EventDocument.h"
#include "io/ScheduleDocumentBuilder.h"
#include "site/SiteSnapshot.h"
#include "site/SiteWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SiteExport)
};

const char *const folderKey = "site/lastFolder";
const char *const languageKey = "site/language";

// The site's language, offered in the language itself.
bool chooseLanguage(QWidget *parent, QString *language)
{
    const QStringList codes{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")};
    const QStringList names{QStringLiteral("English"), QStringLiteral("Français"), QStringLiteral("Deutsch")};
    const QString preferred = QSettings().value(QLatin1String(languageKey), QLocale().name().left(2)).toString();
    const int current = qMax(0, int(codes.indexOf(preferred)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, Tr::tr("Export Web Site"), Tr::tr("&Language of the site:"),
                                                 names, current, false, &ok);
    if (!ok)
        return false;
    *language = codes.at(qMax(0, int(names.indexOf(chosen))));
    QSettings().setValue(QLatin1String(languageKey), *language);
    return true;
}
} // namespace

void SiteExport::exportSite(QWidget *parent, EventDocument *document)
{
    if (!document)
        return;
    SiteWriter::Options options;
    if (!chooseLanguage(parent, &options.language))
        return;
    const QString start = QSettings().value(QLatin1String(folderKey), QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(parent, Tr::tr("Export Web Site into Folder"), start);
    if (folder.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), folder);
    const QDir dir(folder);
    if (!dir.exists(QLatin1String(SiteSnapshot::fileName))
        && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, Tr::tr("Export Web Site"),
            Tr::tr("%1 holds other files. Write the web site into it anyway? Files with the site's names are replaced.")
                .arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        options.force = true;
    }
    auto schedule = ScheduleDocumentBuilder::build(document->store());
    if (!schedule) {
        document->reportError(schedule.error());
        return;
    }
    auto written = SiteWriter::write(schedule.value(), folder, options);
    if (!written) {
        document->reportError(written.error());
        return;
    }
    document->reportDone(Tr::tr("Exported the web site of %n session(s) to %1", nullptr, written->sessions)
                             .arg(QDir::toNativeSeparators(dir.filePath(QStringLiteral("index.html")))),
                         dir.filePath(QStringLiteral("index.html")));
}
