#pragma once

#include "model/Event.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimeEdit;
class QPlainTextEdit;

// The event's facts: used for File ▸ New and File ▸ Properties.
class EventPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    EventPropertiesDialog(const Event &event, const QString &title, QWidget *parent = nullptr);
    Event event() const;

    void accept() override;

private:
    Event m_event;
    QLineEdit *m_name;
    QLineEdit *m_subtitle;
    QLineEdit *m_acronym;
    QLineEdit *m_organiser;
    QLineEdit *m_venueName;
    QLineEdit *m_venueAddress;
    QLineEdit *m_city;
    QLineEdit *m_url;
    QTimeEdit *m_dayChange;
    QComboBox *m_timeZone;
    QDateEdit *m_firstDay;
    QDateEdit *m_lastDay;
    QLineEdit *m_language;
    QPlainTextEdit *m_description;
};
