#include "storage/DesignRepository.h"

#include "design/DesignJson.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DesignRepository", text);
}

Result<Design> designFrom(const QString &name, const QString &json)
{
    auto parsed = DesignJson::fromJson(json.toUtf8(), tr("the design “%1” in the event file").arg(name));
    if (!parsed)
        return Result<Design>::failure(parsed.error());
    return parsed->design;
}
} // namespace

Result<QList<Design>> DesignRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT name, json FROM design ORDER BY name"));
    const Status ran = s.exec();
    if (!ran)
        return Result<QList<Design>>::failure(ran.error(), ran.details());
    QList<Design> list;
    while (s.next()) {
        auto design = designFrom(s.value(0).toString(), s.value(1).toString());
        if (!design)
            return Result<QList<Design>>::failure(design.error());
        list << design.value();
    }
    return list;
}

Result<QStringList> DesignRepository::names() const
{
    Statement s(m_file, QStringLiteral("SELECT name FROM design ORDER BY name"));
    const Status ran = s.exec();
    if (!ran)
        return Result<QStringList>::failure(ran.error(), ran.details());
    QStringList names;
    while (s.next())
        names << s.value(0).toString();
    return names;
}

Result<Design> DesignRepository::byName(const QString &name) const
{
    Statement s(m_file, QStringLiteral("SELECT name, json FROM design WHERE lower(name) = lower(?)"));
    s.bind(name.trimmed());
    const Status ran = s.exec();
    if (!ran)
        return Result<Design>::failure(ran.error(), ran.details());
    if (!s.next()) {
        const QStringList known = names().ok() ? names().value() : QStringList();
        return Result<Design>::failure(known.isEmpty() ? tr("The event has no design “%1” (it has none yet: import one with "
                                                            "“podium-cli design import”).")
                                                             .arg(name)
                                                       : tr("The event has no design “%1”; it has %2.")
                                                             .arg(name, known.join(QStringLiteral(", "))));
    }
    return designFrom(s.value(0).toString(), s.value(1).toString());
}

Status DesignRepository::save(const Design &design) const
{
    const Status valid = design.validate();
    if (!valid)
        return valid;
    Statement s(m_file, QStringLiteral("INSERT INTO design (name, kind, json) VALUES (?, ?, ?) "
                                       "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, json = excluded.json"));
    s.bind({design.name.trimmed(), Design::kindKey(design.kind), QString::fromUtf8(DesignJson::toJson(design))});
    return s.exec();
}

Status DesignRepository::remove(const QString &name) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM design WHERE lower(name) = lower(?)"));
    s.bind(name.trimmed());
    const Status ran = s.exec();
    if (ran && s.rowsAffected() == 0)
        return Status::failure(tr("The event has no design “%1”.").arg(name));
    return ran;
}

Status DesignRepository::saveImage(const DesignImage &image) const
{
    Statement s(m_file, QStringLiteral("INSERT INTO design_image (hash, name, format, data) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT(hash) DO NOTHING"));
    s.bind({image.id, image.name, image.format, image.data});
    return s.exec();
}

Result<QList<DesignImage>> DesignRepository::images() const
{
    Statement s(m_file, QStringLiteral("SELECT hash, name, format, data FROM design_image ORDER BY name, hash"));
    const Status ran = s.exec();
    if (!ran)
        return Result<QList<DesignImage>>::failure(ran.error(), ran.details());
    QList<DesignImage> list;
    while (s.next())
        list << DesignImage{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), s.value(3).toByteArray()};
    return list;
}

Result<QHash<QString, DesignImage>> DesignRepository::imagesFor(const Design &design) const
{
    using R = Result<QHash<QString, DesignImage>>;
    QHash<QString, DesignImage> found;
    for (const QString &id : design.imageIds()) {
        Statement s(m_file, QStringLiteral("SELECT hash, name, format, data FROM design_image WHERE hash = ?"));
        s.bind(id);
        const Status ran = s.exec();
        if (!ran)
            return R::failure(ran.error(), ran.details());
        if (!s.next())
            return R::failure(tr("The design “%1” shows an image that is not in the event file (id %2): import the design "
                                 "again with its images.")
                                  .arg(design.name, id.left(12)));
        found.insert(id, DesignImage{s.value(0).toString(), s.value(1).toString(), s.value(2).toString(), s.value(3).toByteArray()});
    }
    return found;
}

Status DesignRepository::import(const Design &design, const QList<DesignImage> &images, bool replace) const
{
    if (!replace && byName(design.name).ok())
        return Status::failure(tr("The event already has a design “%1”: import with --replace to replace it.").arg(design.name));
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (const DesignImage &image : images) {
        const Status saved = saveImage(image);
        if (!saved)
            return saved;
    }
    const Status saved = save(design);
    if (!saved)
        return saved;
    // Every image it shows must be there now (brought along, or there before).
    const auto shown = imagesFor(design);
    if (!shown)
        return Status::failure(shown.error());
    return transaction.commit();
}
