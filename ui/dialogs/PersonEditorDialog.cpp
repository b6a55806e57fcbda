#include "dialogs/PersonEditorDialog.h"

#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "widgets/AvailabilityEditor.h"
#include "widgets/AvailabilityStrip.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

PersonEditorDialog::PersonEditorDialog(const EventStore &file, const Person &person, const QString &title,
                                       QWidget *parent)
    : QDialog(parent), m_file(file), m_person(person)
{
    setWindowTitle(title);
    auto *form = new QFormLayout;
    auto line = [&](const QString &label, const QString &value, const QString &placeholder = QString()) {
        auto *edit = new QLineEdit(value, this);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_title = line(tr("&Title:"), person.title, tr("e.g. Dr., Prof."));
    m_firstName = line(tr("&First name:"), person.firstName);
    m_lastName = line(tr("&Last name:"), person.lastName);
    m_organisation = line(tr("&Organisation:"), person.organisation);
    m_organisationType = new QComboBox(this);
    for (OrganisationType type : Vocabulary<OrganisationType>::values())
        m_organisationType->addItem(toLabel(type), QVariant::fromValue(int(type)));
    m_organisationType->setCurrentIndex(m_organisationType->findData(int(person.organisationType)));
    form->addRow(tr("Organisation t&ype:"), m_organisationType);
    m_position = line(tr("&Position:"), person.position, tr("e.g. Head of Translational Research"));
    m_email = line(tr("&Email:"), person.email);
    m_phone = line(tr("P&hone:"), person.phone);
    m_country = line(tr("&Country:"), person.country);
    m_bio = new QPlainTextEdit(person.bio, this);
    m_bio->setTabChangesFocus(true);
    m_bio->setMinimumHeight(90);
    m_bio->setMaximumHeight(m_bio->fontMetrics().lineSpacing() * 8);
    form->addRow(tr("&Biography:"), m_bio);
    m_externalId = line(tr("E&xternal id:"), person.externalId ? QString::number(*person.externalId) : QString(),
                        tr("the person's id in another tool (pretalx, frab), if any"));
    m_externalId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,18}")), this));
    m_guid = new QLabel(person.guid.isEmpty() ? tr("(given when saved)") : person.guid, this);
    m_guid->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guid->setToolTip(tr("The person's permanent identifier in exported schedules."));
    form->addRow(tr("Identifier:"), m_guid);

    auto *availabilityBox = new QGroupBox(tr("Availability"), this);
    m_availability = new AvailabilityEditor(file, availabilityBox);
    if (person.id != 0)
        if (auto stored = AvailabilityRepository(file).ofPerson(person.id))
            m_storedAvailability = stored.value();
    m_availability->setAvailability(m_storedAvailability);
    if (person.id != 0) { // their sessions, outlined on the strip
        QList<AvailabilityStrip::Mark> marks;
        if (auto roles = file.people().roles(person.id))
            for (const SessionRole &role : roles.value())
                if (auto s = file.sessions().byId(role.sessionId); s && s->isScheduled() && s->status != SessionStatus::Cancelled)
                    marks << AvailabilityStrip::Mark{s->start, s->end(), s->title};
        m_availability->strip()->setMarks(marks);
    }
    auto *availabilityLayout = new QVBoxLayout(availabilityBox);
    availabilityLayout->addWidget(m_availability);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(availabilityBox);
    layout->addWidget(buttons);
    resize(760, sizeHint().height());
    m_firstName->setFocus();
}

Person PersonEditorDialog::person() const
{
    Person p = m_person;
    p.title = m_title->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.lastName = m_lastName->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.organisationType = OrganisationType(m_organisationType->currentData().toInt());
    p.position = m_position->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.country = m_country->text().trimmed();
    p.bio = m_bio->toPlainText().trimmed();
    const QString external = m_externalId->text().trimmed();
    p.externalId = external.isEmpty() ? std::nullopt : std::optional<qint64>(external.toLongLong());
    return p;
}

Availability PersonEditorDialog::availability() const
{
    return m_availability->availability();
}

void PersonEditorDialog::accept()
{
    const Person p = person();
    if (p.firstName.isEmpty() && p.lastName.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Please enter a first or a last name."));
        m_lastName->setFocus();
        return;
    }
    if (!p.email.isEmpty() && !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")).match(p.email).hasMatch()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("“%1” is not an email address (expected something like name@example.org).").arg(p.email));
        m_email->setFocus();
        return;
    }
    if (!p.email.isEmpty() && p.email.compare(m_person.email, Qt::CaseInsensitive) != 0) {
        auto other = m_file.people().findByEmail(p.email);
        if (other && other.value() && other.value()->id != p.id
            && QMessageBox::question(this, windowTitle(),
                                     tr("%1 already has the address %2. If they are the same person, cancel here and "
                                        "merge the two on the People page.\n\nSave anyway?")
                                         .arg(other.value()->displayName(), p.email),
                                     QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Save) {
            m_email->setFocus();
            return;
        }
    }
    QDialog::accept();
}
