#pragma once

#include <QList>

// An undo command keeps the rows it writes as they were before and after;
// each write raises a row's version by one (schema step 8), and the next
// write (undo, redo) must name that new version or it is refused as stale,
// which is what makes undo fail when someone else changed the row since.
// After a successful write of `written`, both copies follow it.
namespace VersionFollow {

template <typename T>
void follow(const T &written, T &a, T &b)
{
    if (written.version <= 0)
        return; // written without a version check: nothing to follow
    for (T *copy : {&a, &b})
        if (copy->id == written.id)
            copy->version = written.version + 1;
}

template <typename T>
void follow(const QList<T> &written, QList<T> &a, QList<T> &b)
{
    for (const T &w : written) {
        if (w.version <= 0)
            continue;
        for (QList<T> *list : {&a, &b})
            for (T &copy : *list)
                if (copy.id == w.id)
                    copy.version = w.version + 1;
    }
}

} // namespace VersionFollow
