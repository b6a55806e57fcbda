#include "dialogs/EventPropertiesDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QTimeZone>

EventPropertiesDialog::EventPropertiesDialog(const Event &event, const QString &title, QWidget *parent)
    : QDialog(parent), m_event(event)
{
    setWindowTitle(title);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(event.name, this);
    m_subtitle = new QLineEdit(event.subtitle, this);
    m_acronym = new QLineEdit(event.acronym, this);
    m_organiser = new QLineEdit(event.organiser, this);
    m_venueName = new QLineEdit(event.venueName, this);
    m_venueAddress = new QLineEdit(event.venueAddress, this);
    m_city = new QLineEdit(event.city, this);
    m_url = new QLineEdit(event.url, this);
    m_url->setPlaceholderText(tr("https://…"));
    m_dayChange = new QTimeEdit(event.dayChange, this);
    m_dayChange->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayChange->setToolTip(tr("Sessions that start before this time belong to the programme day before: a talk at "
                               "00:55 after an evening programme stays on that evening's day."));
    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->setCurrentText(QString::fromUtf8(event.timeZoneId));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_firstDay = new QDateEdit(event.firstDay.isValid() ? event.firstDay : QDate::currentDate(), this);
    m_lastDay = new QDateEdit(event.lastDay.isValid() ? event.lastDay : m_firstDay->date(), this);
    for (QDateEdit *edit : {m_firstDay, m_lastDay}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    connect(m_firstDay, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_lastDay->date() < d)
            m_lastDay->setDate(d);
    });
    m_language = new QLineEdit(event.language, this);
    m_description = new QPlainTextEdit(event.description, this);
    m_description->setTabChangesFocus(true);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subtitle:"), m_subtitle);
    form->addRow(tr("&Acronym:"), m_acronym);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("&Venue:"), m_venueName);
    form->addRow(tr("A&ddress:"), m_venueAddress);
    form->addRow(tr("Cit&y:"), m_city);
    form->addRow(tr("&Web site:"), m_url);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&First day:"), m_firstDay);
    form->addRow(tr("&Last day:"), m_lastDay);
    form->addRow(tr("Day &changes at:"), m_dayChange);
    form->addRow(tr("Lan&guage:"), m_language);
    form->addRow(tr("D&escription:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Event EventPropertiesDialog::event() const
{
    Event e = m_event;
    e.name = m_name->text().trimmed();
    e.subtitle = m_subtitle->text().trimmed();
    e.acronym = m_acronym->text().trimmed();
    e.organiser = m_organiser->text().trimmed();
    e.venueName = m_venueName->text().trimmed();
    e.venueAddress = m_venueAddress->text().trimmed();
    e.city = m_city->text().trimmed();
    e.url = m_url->text().trimmed();
    e.dayChange = m_dayChange->time();
    e.timeZoneId = m_timeZone->currentText().trimmed().toUtf8();
    e.firstDay = m_firstDay->date();
    e.lastDay = m_lastDay->date();
    e.language = m_language->text().trimmed();
    e.description = m_description->toPlainText();
    return e;
}

void EventPropertiesDialog::accept()
{
    const Event e = event();
    QString problem;
    if (e.name.isEmpty())
        problem = tr("Give the event a name.");
    else if (!QTimeZone::isTimeZoneIdAvailable(e.timeZoneId))
        problem = tr("“%1” is not a time zone Podium knows. Pick one from the list, such as Europe/Luxembourg.")
                      .arg(QString::fromUtf8(e.timeZoneId));
    else if (e.lastDay < e.firstDay)
        problem = tr("The last day comes before the first day.");
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}
