#pragma once

#include <QImage>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

// The print preview: rendered pages one under the other, zoomed (fit to the
// width, or 50 % to 200 % of the real size; Ctrl and the wheel too) and turned
// page by page (Page Up, Page Down). The owner renders the pages at dpi().
class PagePreview : public QWidget
{
    Q_OBJECT
public:
    explicit PagePreview(QWidget *parent = nullptr);

    // The resolution to render a page `pageWidthPoints` wide at the chosen zoom.
    qreal dpi(qreal pageWidthPoints) const;
    void setPages(const QList<QImage> &pages);
    void setNote(const QString &note);
    void clear();
    int pageCount() const;
    int currentPage() const { return m_current; } // 0-based
    void showPage(int index);
    // 0 fits the pages to the width; otherwise a factor of the real size.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();

signals:
    // The zoom changed: render again at dpi().
    void zoomChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateControls();
    int pageAtScroll() const;

    QLabel *m_note;
    QScrollArea *m_scroll;
    QWidget *m_pagesWidget;
    QVBoxLayout *m_pagesLayout;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fit;
    QLabel *m_zoomLabel;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    qreal m_zoom = 0;
    int m_current = 0;
};
