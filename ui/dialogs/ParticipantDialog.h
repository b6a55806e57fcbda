#pragma once

#include "model/ParticipantRow.h"

#include <QDialog>

class EventStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The form for one participant: the person (name, organisation, contact) and
// the registration (category, status, needs, consent). Checks the name and the
// e-mail address, and warns when the address belongs to someone else.
class ParticipantDialog : public QDialog
{
    Q_OBJECT
public:
    ParticipantDialog(const EventStore &file, const ParticipantRow &row, const QString &title,
                      QWidget *parent = nullptr);
    ParticipantRow row() const;

    void accept() override;

private:
    template <typename E>
    QComboBox *choiceBox(E current);
    const EventStore &m_file;
    ParticipantRow m_row;
    QLineEdit *m_title, *m_firstName, *m_lastName, *m_organisation, *m_position, *m_email, *m_phone, *m_country,
        *m_dietary, *m_accessibility;
    QComboBox *m_organisationType, *m_category, *m_status;
    QCheckBox *m_consentList, *m_consentPhoto, *m_badgePrinted;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
};
