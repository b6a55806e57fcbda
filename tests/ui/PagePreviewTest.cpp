// The print preview zooms (fit to width, 50 % to 200 %) and turns pages.
#include "support/EventFiles.h"

#include "document/EventDocument.h"
#include "pages/PrintPage.h"
#include "widgets/PagePreview.h"

#include <QAction>
#include <QLabel>
#include <QTest>

namespace {
int firstPageWidth(const PrintPage &page)
{
    const QList<QLabel *> labels = page.preview()->findChildren<QLabel *>();
    for (QLabel *label : labels)
        if (!label->pixmap().isNull())
            return label->pixmap().width();
    return 0;
}

QAction *action(QWidget *widget, const QKeySequence &key)
{
    for (QAction *a : widget->actions())
        if (a->shortcuts().contains(key))
            return a;
    FAIL("no action for " << key.toString().toStdString());
    return nullptr;
}
} // namespace

TEST_CASE("Print preview: zoom in and out, back to fit, and page by page")
{
    test::TempDir dir;
    auto file = EventFile::open(test::createDemoEvent(dir));
    REQUIRE(file.ok());
    EventDocument document(std::move(file).value());
    PrintPage page;
    page.resize(1300, 900);
    page.show();
    page.setDocument(&document);
    page.refreshPreview();
    PagePreview *preview = page.preview();
    REQUIRE(preview->pageCount() == 4); // the programme: cover, two pages of sessions, index
    CHECK(preview->zoom() == 0);
    CHECK(preview->findChild<QLabel *>(QStringLiteral("zoomLabel"))->text() == QStringLiteral("Fit width"));
    const int fitted = firstPageWidth(page);
    REQUIRE(fitted > 0);

    preview->setZoom(2.0); // 200 %: the page re-rendered twice its real size on screen
    CHECK(preview->findChild<QLabel *>(QStringLiteral("zoomLabel"))->text() == QStringLiteral("200 %"));
    const int big = firstPageWidth(page);
    CHECK(big > fitted);
    CHECK(big == qRound(595 * 2.0 * 96 / 72)); // A4 is 595 points wide
    preview->zoomOut();
    CHECK(preview->zoom() == 1.5);
    CHECK(firstPageWidth(page) < big);
    preview->setZoom(0);
    CHECK(firstPageWidth(page) == fitted);

    CHECK(preview->currentPage() == 0);
    CHECK(preview->findChild<QLabel *>(QStringLiteral("pageLabel"))->text() == QStringLiteral("Page 1 of 4"));
    action(preview, QKeySequence(Qt::Key_PageDown))->trigger();
    CHECK(preview->currentPage() == 1);
    preview->showPage(3);
    CHECK(preview->findChild<QLabel *>(QStringLiteral("pageLabel"))->text() == QStringLiteral("Page 4 of 4"));
    preview->showPage(9);
    CHECK(preview->currentPage() == 3);
    action(preview, QKeySequence(Qt::Key_PageUp))->trigger();
    CHECK(preview->currentPage() == 2);
}
