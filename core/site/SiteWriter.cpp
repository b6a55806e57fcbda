#include "site/SiteWriter.h"

#include "io/FrabJsonWriter.h"
#include "io/FrabXmlWriter.h"
#include "io/ICalendarWriter.h"
#include "site/SiteChangesPage.h"
#include "site/SiteContent.h"
#include "site/SiteDetailPages.h"
#include "site/SiteSnapshot.h"
#include "site/SiteTimetable.h"
#include "util/QuotedPath.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SiteWriter)
};

using Files = std::map<QString, QByteArray>; // name in the folder → content

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/site/") + name);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

Result<QByteArray> written(const std::function<Status(QIODevice &)> &write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = write(buffer); !s)
        return Result<QByteArray>::failure(s.error());
    return buffer.data();
}

// The service worker caches every file of this export; its cache name
// changes with the content, so a re-export replaces the old copy.
QByteArray serviceWorker(const Files &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QJsonArray names{QStringLiteral("./")};
    for (const auto &[name, content] : files) {
        hash.addData(name.toUtf8());
        hash.addData(content);
        if (name != QLatin1String(SiteSnapshot::fileName))
            names.append(name);
    }
    return "const CACHE = 'podium-" + hash.result().toHex().left(16) + "';\nconst FILES = "
        + QJsonDocument(names).toJson(QJsonDocument::Compact) + ";\n" + resource(QStringLiteral("sw.js"));
}

// Each file whole or not at all (a temporary name renamed into place), but
// without QSaveFile's fsync per file: a congress site has 1,600 files, and a
// sync each took 8 s on a busy disk where writing them takes 0.2 s.
Status writeFile(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush()) {
        const QString error = file.errorString();
        file.remove();
        return Status::failure(Tr::tr("%1 cannot be written: %2.").arg(quotedPath(path), error));
    }
    file.close();
    // rename(2) replaces the old file in one step; QFile::rename would refuse an existing one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(Tr::tr("%1 cannot be written: %2.").arg(quotedPath(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return Status();
}

// Pages of an earlier export that this one no longer has (a removed session).
bool isGeneratedPage(const QString &name)
{
    return name.endsWith(QLatin1String(".html"))
        && (name.startsWith(QLatin1String("session-")) || name.startsWith(QLatin1String("speaker-"))
            || name.startsWith(QLatin1String("day-")));
}
} // namespace

Result<SiteWriter::Summary> SiteWriter::write(const ScheduleDocument &schedule, const QString &folder,
                                              const Options &options)
{
    using R = Result<Summary>;
    Q_INIT_RESOURCE(site); // it lives in the static podium_core library
    const auto text = SiteText::forLanguage(options.language);
    if (!text)
        return R::failure(Tr::tr("“%1” is not a language of the web site: choose %2.")
                              .arg(options.language, SiteText::languages().join(QStringLiteral(", "))));
    QDir dir(folder);
    const QString snapshotPath = dir.filePath(QLatin1String(SiteSnapshot::fileName));
    if (dir.exists() && !QFile::exists(snapshotPath) && !options.force
        && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return R::failure(Tr::tr("%1 holds other files: choose an empty folder (or one Podium wrote a site into) "
                                 "so that nothing of yours is overwritten.")
                              .arg(quotedPath(folder)));
    if (!dir.mkpath(QStringLiteral(".")))
        return R::failure(Tr::tr("The folder %1 cannot be created.").arg(quotedPath(folder)));

    std::optional<SiteSnapshot> previous;
    if (QFile file(snapshotPath); file.open(QIODevice::ReadOnly)) {
        auto read = SiteSnapshot::fromJson(file.readAll());
        if (read)
            previous = read.value(); // a damaged one: this export starts a new history
    }

    const SiteContent content(schedule, *text);
    const SiteTimetable timetable(content);
    const SiteDetailPages details(content);
    const SiteSnapshot snapshot = SiteSnapshot::of(content, options.now);
    Files files;
    auto add = [&files](const QString &name, const QString &html) { files[name] = html.toUtf8(); };
    for (const SiteContent::Day &day : content.days())
        add(day.file, timetable.dayPage(day));
    for (const ScheduleSession *s : content.sessions())
        add(content.sessionFile(*s), details.sessionPage(*s));
    for (const SiteContent::Speaker &speaker : content.speakers())
        add(speaker.file, details.speakerPage(speaker));
    add(QStringLiteral("print.html"), timetable.printPage());
    add(QStringLiteral("speakers.html"), details.speakersPage());
    add(QStringLiteral("search.html"), details.searchPage());
    add(QStringLiteral("favourites.html"), details.favouritesPage());
    add(QStringLiteral("changes.html"), SiteChangesPage::html(content, snapshot, previous));
    add(QStringLiteral("search-index.js"), details.searchIndex());
    add(QStringLiteral("layout.css"), timetable.layoutCss());
    files[QStringLiteral("site.css")] = resource(QStringLiteral("site.css"));
    files[QStringLiteral("site.js")] = resource(QStringLiteral("site.js"));

    const auto xml = written([&](QIODevice &d) { return FrabXmlWriter::write(schedule, d); });
    const auto json = written([&](QIODevice &d) { return FrabJsonWriter::write(schedule, d); });
    const auto ics = written([&](QIODevice &d) { return ICalendarWriter::write(schedule, d); });
    for (const auto *export_ : {&xml, &json, &ics})
        if (!*export_)
            return R::failure(export_->error());
    files[QStringLiteral("schedule.xml")] = xml.value();
    files[QStringLiteral("schedule.json")] = json.value();
    files[QStringLiteral("schedule.ics")] = ics.value();
    files[QStringLiteral("sw.js")] = serviceWorker(files);
    files[QLatin1String(SiteSnapshot::fileName)] = snapshot.toJson();

    Summary summary;
    summary.sessions = int(content.sessions().size());
    summary.changes = previous ? int(snapshot.differencesFrom(*previous).size()) : -1;
    for (const auto &[name, bytes] : files) {
        if (Status s = writeFile(dir.filePath(name), bytes); !s)
            return R::failure(s.error());
        ++summary.files;
        summary.bytes += bytes.size();
    }
    if (previous)
        for (const QString &name : dir.entryList(QDir::Files))
            if (isGeneratedPage(name) && !files.count(name))
                dir.remove(name);
    return summary;
}
