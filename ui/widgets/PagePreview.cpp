#include "widgets/PagePreview.h"

#include "widgets/ThemeIcons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {
const qreal zoomSteps[] = {0.5, 0.75, 1.0, 1.5, 2.0};
const qreal screenDpi = 96.0; // a page at "100 %" is as large as on paper on a common screen

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PagePreview::PagePreview(QWidget *parent) : QWidget(parent)
{
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_pagesWidget = new QWidget;
    m_pagesLayout = new QVBoxLayout(m_pagesWidget);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pagesWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->viewport()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_current = pageAtScroll();
        updateControls();
    });

    auto action = [this](const QString &icon, const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(ThemeIcons::icon(icon), text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    QAction *zoomOut = action(QStringLiteral("zoom-out"), tr("Zoom Out"), {QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    QAction *zoomIn = action(QStringLiteral("zoom-in"), tr("Zoom In"),
                             {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *fit = action(QStringLiteral("zoom-fit-best"), tr("Fit to Width"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    QAction *previous = action(QStringLiteral("go-previous"), tr("Previous Page"), {QKeySequence(Qt::Key_PageUp)});
    QAction *next = action(QStringLiteral("go-next"), tr("Next Page"), {QKeySequence(Qt::Key_PageDown)});
    connect(zoomOut, &QAction::triggered, this, &PagePreview::zoomOut);
    connect(zoomIn, &QAction::triggered, this, &PagePreview::zoomIn);
    connect(fit, &QAction::triggered, this, [this] { setZoom(0); });
    connect(previous, &QAction::triggered, this, [this] { showPage(m_current - 1); });
    connect(next, &QAction::triggered, this, [this] { showPage(m_current + 1); });
    m_zoomOut = toolButton(zoomOut, this);
    m_zoomIn = toolButton(zoomIn, this);
    m_fit = toolButton(fit, this);
    m_previous = toolButton(previous, this);
    m_next = toolButton(next, this);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("Fit width__")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    updateControls();
}

qreal PagePreview::dpi(qreal pageWidthPoints) const
{
    if (m_zoom > 0)
        return screenDpi * m_zoom;
    // As wide as the preview area allows, at most the real size.
    return qBound(30.0, (m_scroll->viewport()->width() - 40) * 72.0 / pageWidthPoints, screenDpi);
}

void PagePreview::clear()
{
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_current = 0;
    updateControls();
}

void PagePreview::setPages(const QList<QImage> &pages)
{
    const int keep = m_current;
    clear();
    for (const QImage &image : pages) {
        auto *label = new QLabel(m_pagesWidget);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label);
    }
    m_pagesWidget->adjustSize();
    showPage(qMin(keep, pageCount() - 1));
}

void PagePreview::setNote(const QString &note)
{
    m_note->setText(note);
}

int PagePreview::pageCount() const
{
    return m_pagesLayout->count();
}

void PagePreview::showPage(int index)
{
    if (pageCount() == 0) {
        m_current = 0;
        updateControls();
        return;
    }
    m_current = qBound(0, index, pageCount() - 1);
    if (QWidget *page = m_pagesLayout->itemAt(m_current)->widget()) {
        m_pagesWidget->layout()->activate();
        m_scroll->verticalScrollBar()->setValue(page->y() - m_pagesLayout->spacing());
    }
    m_current = qBound(0, index, pageCount() - 1); // the scroll may have guessed another page
    updateControls();
}

int PagePreview::pageAtScroll() const
{
    const int top = m_scroll->verticalScrollBar()->value();
    int page = 0;
    for (int i = 0; i < pageCount(); ++i)
        if (QWidget *w = m_pagesLayout->itemAt(i)->widget(); w && w->y() <= top + m_scroll->viewport()->height() / 3)
            page = i;
    return page;
}

void PagePreview::setZoom(qreal zoom)
{
    if (qFuzzyCompare(zoom + 1, m_zoom + 1))
        return;
    m_zoom = zoom;
    updateControls();
    emit zoomChanged();
}

void PagePreview::zoomIn()
{
    // From "fit width", in to the first step above what fitting shows now.
    const qreal now = m_zoom > 0 ? m_zoom : dpi(595) / screenDpi;
    for (qreal step : zoomSteps)
        if (step > now + 0.01)
            return setZoom(step);
}

void PagePreview::zoomOut()
{
    const qreal now = m_zoom > 0 ? m_zoom : dpi(595) / screenDpi;
    for (auto it = std::rbegin(zoomSteps); it != std::rend(zoomSteps); ++it)
        if (*it < now - 0.01)
            return setZoom(*it);
}

void PagePreview::updateControls()
{
    m_zoomLabel->setText(m_zoom > 0 ? QLocale().toString(qRound(m_zoom * 100)) + QStringLiteral(" %") : tr("Fit width"));
    m_zoomIn->setEnabled(m_zoom < zoomSteps[std::size(zoomSteps) - 1] - 0.01);
    m_zoomOut->setEnabled(m_zoom == 0 || m_zoom > zoomSteps[0] + 0.01);
    m_fit->setEnabled(m_zoom > 0);
    const int pages = pageCount();
    m_pageLabel->setText(pages ? tr("Page %1 of %2").arg(m_current + 1).arg(pages) : QString());
    m_previous->setEnabled(pages && m_current > 0);
    m_next->setEnabled(pages && m_current < pages - 1);
}

bool PagePreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
