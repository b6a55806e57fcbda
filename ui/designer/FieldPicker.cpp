#include "designer/FieldPicker.h"

#include "design/DesignPlaceholders.h"
#include "model/ParticipantField.h"

#include <QMenu>

namespace {
enum class Group { Participant, Event, Certificate };

struct Known
{
    const char *key;
    Group group;
    const char *label;
};

// Names for people of the placeholders that are not participant fields.
const Known known[] = {
    {"name", Group::Participant, QT_TRANSLATE_NOOP("FieldPicker", "Name, in the order of its script")},
    {"name_line1", Group::Participant, QT_TRANSLATE_NOOP("FieldPicker", "Name, first line (given name)")},
    {"name_line2", Group::Participant, QT_TRANSLATE_NOOP("FieldPicker", "Name, second line (family name)")},
    {"full_name", Group::Participant, QT_TRANSLATE_NOOP("FieldPicker", "Full name")},
    {"display_name", Group::Participant, QT_TRANSLATE_NOOP("FieldPicker", "Name with honorific")},
    {"event_name", Group::Event, QT_TRANSLATE_NOOP("FieldPicker", "Event name")},
    {"event_subtitle", Group::Event, QT_TRANSLATE_NOOP("FieldPicker", "Subtitle")},
    {"event_dates", Group::Event, QT_TRANSLATE_NOOP("FieldPicker", "Dates")},
    {"venue", Group::Event, QT_TRANSLATE_NOOP("FieldPicker", "Venue")},
    {"organiser", Group::Event, QT_TRANSLATE_NOOP("FieldPicker", "Organiser")},
    {"signatory_name", Group::Certificate, QT_TRANSLATE_NOOP("FieldPicker", "Signatory's name")},
    {"signatory_title", Group::Certificate, QT_TRANSLATE_NOOP("FieldPicker", "Signatory's title")},
    {"issue_date", Group::Certificate, QT_TRANSLATE_NOOP("FieldPicker", "Date of issue")},
    {"verification_code", Group::Certificate, QT_TRANSLATE_NOOP("FieldPicker", "Verification code")},
};
} // namespace

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

QStringList FieldPicker::placeholders() const
{
    QStringList offered;
    const QList<QAction *> menus = menu()->actions();
    for (const QAction *group : menus)
        if (group->menu())
            for (const QAction *action : group->menu()->actions())
                offered << action->data().toString();
    return offered;
}

void FieldPicker::rebuild()
{
    QMenu *root = menu();
    root->clear();
    QMenu *participant = root->addMenu(tr("&Participant"));
    QMenu *event = root->addMenu(tr("&Event"));
    QMenu *certificate = m_certificate ? root->addMenu(tr("&Certificate")) : nullptr;
    // Every placeholder the renderer knows, so that the list never lags behind it.
    for (const QString &key : DesignPlaceholders::keys()) {
        QMenu *menu = participant;
        QString label = key;
        if (const auto field = ParticipantFields::fromKey(key); field && ParticipantFields::key(*field) == key)
            label = ParticipantFields::label(*field);
        for (const Known &k : known)
            if (key == QLatin1String(k.key)) {
                label = tr(k.label);
                menu = k.group == Group::Event ? event : k.group == Group::Certificate ? certificate : participant;
            }
        if (!menu)
            continue; // a certificate's placeholder on a badge
        const QString placeholder = QLatin1Char('{') + key + QLatin1Char('}');
        QAction *action = menu->addAction(tr("%1  %2").arg(label, placeholder));
        action->setData(placeholder);
        connect(action, &QAction::triggered, this, [this, placeholder] { emit placeholderChosen(placeholder); });
    }
}
