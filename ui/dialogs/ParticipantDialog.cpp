#include "dialogs/ParticipantDialog.h"

#include "io/FieldValueParser.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

template <typename E>
QComboBox *ParticipantDialog::choiceBox(E current)
{
    auto *box = new QComboBox(this);
    for (E value : Vocabulary<E>::values())
        box->addItem(toLabel(value), QVariant::fromValue(int(value)));
    box->setCurrentIndex(box->findData(int(current)));
    return box;
}

ParticipantDialog::ParticipantDialog(const EventStore &file, const ParticipantRow &row, const QString &title,
                                     QWidget *parent)
    : QDialog(parent), m_file(file), m_row(row)
{
    setWindowTitle(title);
    const Person &pe = row.person;
    const Participant &pa = row.participant;
    auto line = [this](const QString &text) {
        auto *edit = new QLineEdit(text, this);
        edit->setMinimumWidth(260);
        return edit;
    };
    m_title = line(pe.title);
    m_firstName = line(pe.firstName);
    m_lastName = line(pe.lastName);
    m_organisation = line(pe.organisation);
    m_organisationType = choiceBox(pe.organisationType);
    m_position = line(pe.position);
    m_email = line(pe.email);
    m_phone = line(pe.phone);
    m_country = line(pe.country);
    m_category = choiceBox(pa.category);
    m_status = choiceBox(pa.status);
    m_dietary = line(pa.dietary);
    m_accessibility = line(pa.accessibility);
    m_consentList = new QCheckBox(tr("May appear on attendee &lists shared with others"), this);
    m_consentList->setChecked(pa.consentList);
    m_consentPhoto = new QCheckBox(tr("May be &photographed"), this);
    m_consentPhoto->setChecked(pa.consentPhoto);
    m_badgePrinted = new QCheckBox(tr("&Badge printed"), this);
    m_badgePrinted->setChecked(pa.badgePrinted);
    m_notes = new QPlainTextEdit(pa.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(70);

    auto *person = new QFormLayout;
    person->addRow(tr("&Title:"), m_title);
    person->addRow(tr("&First name:"), m_firstName);
    person->addRow(tr("&Last name:"), m_lastName);
    person->addRow(tr("&Organisation:"), m_organisation);
    person->addRow(tr("Organisation t&ype:"), m_organisationType);
    person->addRow(tr("Pos&ition:"), m_position);
    person->addRow(tr("&E-mail:"), m_email);
    person->addRow(tr("P&hone:"), m_phone);
    person->addRow(tr("Co&untry:"), m_country);
    auto *registration = new QFormLayout;
    registration->addRow(tr("&Category:"), m_category);
    registration->addRow(tr("&Status:"), m_status);
    registration->addRow(tr("&Dietary needs:"), m_dietary);
    registration->addRow(tr("&Accessibility:"), m_accessibility);
    registration->addRow(QString(), m_consentList);
    registration->addRow(QString(), m_consentPhoto);
    registration->addRow(QString(), m_badgePrinted);
    registration->addRow(tr("&Notes:"), m_notes);
    if (!pa.code.isEmpty()) {
        auto *code = new QLabel(pa.code, this);
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setFont(QFont(QStringLiteral("monospace")));
        registration->addRow(tr("Registration code:"), code);
    }
    auto *columns = new QHBoxLayout;
    columns->addLayout(person);
    columns->addSpacing(16);
    columns->addLayout(registration);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    m_firstName->setFocus();
}

ParticipantRow ParticipantDialog::row() const
{
    ParticipantRow r = m_row;
    Person &pe = r.person;
    Participant &pa = r.participant;
    pe.title = m_title->text().trimmed();
    pe.firstName = m_firstName->text().trimmed();
    pe.lastName = m_lastName->text().trimmed();
    pe.organisation = m_organisation->text().trimmed();
    pe.organisationType = OrganisationType(m_organisationType->currentData().toInt());
    pe.position = m_position->text().trimmed();
    pe.email = m_email->text().trimmed();
    pe.phone = m_phone->text().trimmed();
    pe.country = m_country->text().trimmed();
    pa.category = ParticipantCategory(m_category->currentData().toInt());
    pa.status = RegistrationStatus(m_status->currentData().toInt());
    pa.dietary = m_dietary->text().trimmed();
    pa.accessibility = m_accessibility->text().trimmed();
    pa.consentList = m_consentList->isChecked();
    pa.consentPhoto = m_consentPhoto->isChecked();
    pa.badgePrinted = m_badgePrinted->isChecked();
    pa.notes = m_notes->toPlainText().trimmed();
    return r;
}

void ParticipantDialog::accept()
{
    const ParticipantRow r = row();
    QString problem;
    QWidget *where = nullptr;
    if (r.person.lastName.isEmpty() && r.person.firstName.isEmpty()) {
        problem = tr("Give at least a name.");
        where = m_lastName;
    } else if (!r.person.email.isEmpty() && !FieldValueParser::isEmailAddress(r.person.email)) {
        problem = tr("“%1” is not an e-mail address.").arg(r.person.email);
        where = m_email;
    } else if (!r.person.email.isEmpty()) {
        auto other = m_file.people().findByEmail(r.person.email);
        if (other && other->has_value() && other.value()->id != r.person.id) {
            problem = tr("%1 already uses this e-mail address. Each person should have their own.")
                          .arg(other.value()->displayName());
            where = m_email;
        }
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        where->setFocus();
        return;
    }
    QDialog::accept();
}
