#include "designer/FieldPicker.h"

#include "model/ParticipantField.h"

#include <QMenu>

FieldPicker::FieldPicker(QWidget *parent) : QToolButton(parent)
{
    setText(tr("Insert &Field"));
    setToolTip(tr("Insert a placeholder: each badge shows the participant's own value"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    rebuild();
}

void FieldPicker::setCertificate(bool certificate)
{
    if (certificate == m_certificate)
        return;
    m_certificate = certificate;
    rebuild();
}

void FieldPicker::rebuild()
{
    QMenu *root = menu();
    root->clear();
    auto add = [this](QMenu *menu, const QString &label, const QString &key) {
        const QString placeholder = QLatin1Char('{') + key + QLatin1Char('}');
        QAction *action = menu->addAction(tr("%1  %2").arg(label, placeholder));
        connect(action, &QAction::triggered, this, [this, placeholder] { emit placeholderChosen(placeholder); });
    };
    QMenu *participant = root->addMenu(tr("&Participant"));
    add(participant, tr("Full name"), QStringLiteral("full_name"));
    for (ParticipantField field : ParticipantFields::all())
        add(participant, ParticipantFields::label(field), ParticipantFields::key(field));
    QMenu *event = root->addMenu(tr("&Event"));
    add(event, tr("Event name"), QStringLiteral("event_name"));
    add(event, tr("Dates"), QStringLiteral("event_dates"));
    add(event, tr("Venue"), QStringLiteral("venue"));
    if (!m_certificate)
        return;
    QMenu *certificate = root->addMenu(tr("&Certificate"));
    add(certificate, tr("Signatory's name"), QStringLiteral("signatory_name"));
    add(certificate, tr("Signatory's title"), QStringLiteral("signatory_title"));
    add(certificate, tr("Date of issue"), QStringLiteral("issue_date"));
    add(certificate, tr("Verification code"), QStringLiteral("verification_code"));
}
