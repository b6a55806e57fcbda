#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

class EventStore;

// The event's badge and certificate designs (as DesignJson text, by name) and the
// images they show (the bytes as imported, by DesignImage::id), so that designs travel
// with the event file and, in team mode, live on the server.
class DesignRepository
{
public:
    explicit DesignRepository(const EventStore &file) : m_file(file) {}

    // Every design, by name.
    Result<QList<Design>> all() const;
    Result<QStringList> names() const;
    // The design of this name (case-insensitive); a failure names the designs there are.
    Result<Design> byName(const QString &name) const;
    // Adds the design, or replaces the one of the same name.
    Status save(const Design &design) const;
    Status remove(const QString &name) const;

    // Stores an image; an image already there (same bytes, same id) is kept as it is.
    Status saveImage(const DesignImage &image) const;
    Result<QList<DesignImage>> images() const;
    // The images a design shows, by id; a failure names a missing one.
    Result<QHash<QString, DesignImage>> imagesFor(const Design &design) const;
    // An imported design with the images it brought, all or nothing. An existing design of
    // that name is replaced only when `replace` is set (otherwise the import fails, saying so).
    Status import(const Design &design, const QList<DesignImage> &images, bool replace) const;

private:
    const EventStore &m_file;
};
