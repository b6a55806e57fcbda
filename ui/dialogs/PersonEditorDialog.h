#pragma once

#include "model/Availability.h"
#include "model/Person.h"

#include <QDialog>

class AvailabilityEditor;
class EventStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Every field of a person: name and title, organisation and its type,
// position, contact details, country, biography and the id another tool
// gave them, and when they are available (a day strip to paint on). Warns
// when the email belongs to someone else (a duplicate).
class PersonEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PersonEditorDialog(const EventStore &file, const Person &person, const QString &title, QWidget *parent = nullptr);
    Person person() const;
    // As painted; the same value as stored when untouched.
    Availability availability() const;
    Availability storedAvailability() const { return m_storedAvailability; }
    void accept() override;

private:
    const EventStore &m_file;
    Person m_person;
    QLineEdit *m_title;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_organisation;
    QComboBox *m_organisationType;
    QLineEdit *m_position;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_country;
    QPlainTextEdit *m_bio;
    QLineEdit *m_externalId;
    QLabel *m_guid;
    AvailabilityEditor *m_availability;
    Availability m_storedAvailability;
};
