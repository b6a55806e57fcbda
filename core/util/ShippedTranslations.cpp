#include "util/ShippedTranslations.h"

#include <QDir>
#include <QMutex>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {

struct Loaded
{
    QMutex lock; // QTranslator promises no more than reentrancy
    std::vector<std::unique_ptr<QTranslator>> translators;

    Loaded()
    {
        const QDir dir(QStringLiteral(":/i18n"));
        for (const QString &name : dir.entryList({QStringLiteral("podium_*.qm")}, QDir::Files, QDir::Name)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(dir.filePath(name)))
                translators.push_back(std::move(translator));
        }
    }
};

Loaded &loaded()
{
    static Loaded instance; // loaded on first use, once, whichever thread asks
    return instance;
}

} // namespace

QStringList ShippedTranslations::of(const char *context, const char *source)
{
    Loaded &all = loaded();
    const QMutexLocker locker(&all.lock);
    QStringList out;
    for (const auto &translator : all.translators) {
        const QString text = translator->translate(context, source);
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}
