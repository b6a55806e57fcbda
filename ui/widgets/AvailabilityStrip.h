#pragma once

#include "model/Availability.h"
#include "model/Event.h"
#include "schedule/ProgrammeDays.h"

#include <QVector>
#include <QWidget>

// A day strip to paint availability on: one row per programme day, time of
// day across in quarter hours. Drag with the left button to paint with the
// brush (available, preferred or not available), with the right button to
// mark not available; a drag over several rows paints the same hours on each
// day. From the keyboard: arrows move the cursor cell, Shift+arrows stretch a
// selection, Space paints it with the brush, 1 / 2 / 3 choose available,
// preferred or not available and paint, Delete marks it not available.
//
// Times are cut to quarter hours only where the user paints: availability()
// returns what it was given until something is changed, and keeps spans that
// fall outside the event's days. Painting every quarter available gives "always
// available" (no limits).
class AvailabilityStrip : public QWidget
{
    Q_OBJECT
public:
    enum class Cell : quint8 { Unavailable, Available, Preferred };

    explicit AvailabilityStrip(QWidget *parent = nullptr);

    // The days to show (the event's programme days) and its time zone.
    void setEvent(const Event &event, const ProgrammeDays &days);
    void setAvailability(const Availability &availability);
    Availability availability() const;
    bool isModified() const { return m_modified; }
    // No limits: every day available, nothing stored.
    void clearToAlways();
    bool isAlways() const;

    // The person's or room's sessions, outlined on the strip while painting (UTC).
    struct Mark
    {
        QDateTime start;
        QDateTime end;
        QString title;
    };
    void setMarks(const QList<Mark> &marks);

    void setBrush(Cell brush) { m_brush = brush; }
    Cell brush() const { return m_brush; }
    // "Mon 7 Dec 09:00–09:15: available", for the label beside the strip.
    QString cursorText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    static QColor colour(Cell cell);
    static QString cellName(Cell cell);

signals:
    void changed();
    void cursorMoved(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Day
    {
        QDate date;
        QDateTime start; // UTC
        QVector<Cell> cells; // quarter hours from start
    };
    struct Spot
    {
        int day = 0;
        int slot = 0;
    };
    static constexpr int slotSeconds = 15 * 60;

    void rebuildCells();
    void chooseHours();
    int labelWidth() const;
    int headerHeight() const;
    int rowHeight() const;
    double slotWidth() const;
    QRectF cellRect(int day, int slot) const;
    std::optional<Spot> spotAt(const QPoint &pos) const;
    // Paints the rectangle between two spots (days by quarter hours).
    void paintRange(Spot a, Spot b, Cell cell);
    void moveCursor(int days, int slotCount, bool extend);
    void touched();

    Event m_event;
    ProgrammeDays m_days;
    Availability m_given;   // as given, returned until painted
    QList<AvailabilitySpan> m_outside; // parts of the spans outside the shown days, kept
    QVector<Day> m_rows;
    bool m_always = true;   // no limits (shown all available)
    bool m_modified = false;
    int m_firstSlot = 0;    // the shown quarter hours of each day
    int m_lastSlot = 0;     // exclusive
    Cell m_brush = Cell::Available;
    Spot m_cursor;
    Spot m_anchor;
    bool m_dragging = false;
    Cell m_dragCell = Cell::Available;
    QVector<Day> m_pressRows; // the cells before the drag began
    QList<Mark> m_marks;
};
