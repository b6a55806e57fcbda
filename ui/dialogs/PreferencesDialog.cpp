#include "dialogs/PreferencesDialog.h"

#include "Translations.h"
#include "util/ChangeAuthor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QMessageBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : Translations::available())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::chosenLanguage())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    const QSettings settings;
    m_name = new QLineEdit(settings.value(ChangeAuthor::nameKey()).toString(), this);
    m_name->setPlaceholderText(ChangeAuthor::loginName());
    m_name->setToolTip(tr("How the event's history names your changes, and how colleagues see who changed what."));
    form->addRow(tr("Your &name:"), m_name);
    m_desk = new QLineEdit(settings.value(ChangeAuthor::deskKey()).toString(), this);
    m_desk->setPlaceholderText(tr("e.g. 2 or Main entrance"));
    m_desk->setToolTip(tr("At a registration desk: its name, recorded with every check-in made here."));
    form->addRow(tr("&Desk name:"), m_desk);
    auto *note = new QLabel(tr("A new language takes effect when Podium starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(ChangeAuthor::nameKey(), m_name->text().trimmed());
    settings.setValue(ChangeAuthor::deskKey(), m_desk->text().trimmed());
    ChangeAuthor::setCurrent(ChangeAuthor::fromSettings());
    const QString chosen = m_language->currentData().toString();
    if (chosen != Translations::chosenLanguage()) {
        Translations::setChosenLanguage(chosen);
        QMessageBox::information(this, windowTitle(), tr("Restart Podium to see it in the new language."));
    }
    QDialog::accept();
}
