#pragma once

#include "model/Availability.h"

#include <QWidget>

class AvailabilityStrip;
class EventStore;
class QLabel;
class QRadioButton;

// Availability of one person or room as the editors show it: the brushes
// (available, preferred, not available), the day strip to paint on, "Always
// available" to clear every limit, and a line saying what the cursor is on.
class AvailabilityEditor : public QWidget
{
    Q_OBJECT
public:
    // Reads the event's days and time zone from the file.
    explicit AvailabilityEditor(const EventStore &file, QWidget *parent = nullptr);
    void setAvailability(const Availability &availability);
    Availability availability() const;
    bool isModified() const;
    AvailabilityStrip *strip() const { return m_strip; }

private:
    void updateSummary();
    AvailabilityStrip *m_strip;
    QRadioButton *m_available;
    QRadioButton *m_preferred;
    QRadioButton *m_unavailable;
    QLabel *m_summary;
    QLabel *m_cursor;
};
