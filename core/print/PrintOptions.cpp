#include "print/PrintOptions.h"

namespace {
struct PaperEntry
{
    const char *key;
    QPageSize::PageSizeId id;
};
constexpr PaperEntry papers[] = {
    {"a4", QPageSize::A4}, {"a5", QPageSize::A5}, {"a3", QPageSize::A3}, {"letter", QPageSize::Letter}};
} // namespace

std::optional<QPageSize::PageSizeId> PrintOptions::paperFromKey(const QString &key)
{
    for (const PaperEntry &p : papers)
        if (key.compare(QLatin1String(p.key), Qt::CaseInsensitive) == 0)
            return p.id;
    return std::nullopt;
}

QString PrintOptions::paperKey(QPageSize::PageSizeId paper)
{
    for (const PaperEntry &p : papers)
        if (p.id == paper)
            return QString::fromLatin1(p.key);
    return QPageSize(paper).key().toLower();
}

QStringList PrintOptions::paperKeys()
{
    QStringList keys;
    for (const PaperEntry &p : papers)
        keys << QString::fromLatin1(p.key);
    return keys;
}
