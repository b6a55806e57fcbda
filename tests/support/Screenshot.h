#pragma once

#include <QDir>
#include <QSize>
#include <QTest>
#include <QWidget>

namespace test {
// Saves what a widget shows as DIR/name.png when PODIUM_SCREENSHOTS=DIR is set,
// to look at pages and dialogs as a user would; does nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name, QSize size = {})
{
    const QString folder = qEnvironmentVariable("PODIUM_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    if (size.isValid())
        widget->resize(size);
    widget->show();
    QTest::qWait(50);
    widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}
} // namespace test
