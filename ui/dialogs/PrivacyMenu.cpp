#include "dialogs/PrivacyMenu.h"
#include "document/PermissionGate.h"

#include "dialogs/PrivacyActions.h"
#include "document/EventDocument.h"

PrivacyMenu::PrivacyMenu(DocumentGetter document, QWidget *parent)
    : QMenu(tr("&Privacy"), parent), m_document(std::move(document))
{
    setObjectName(QStringLiteral("privacyMenu"));
    QWidget *window = parent;
    m_export = addAction(tr("&Export a Person’s Data…"), this,
                         [this, window] { PrivacyActions::exportPersonData(window, m_document()); });
    m_export->setStatusTip(tr("Everything stored about one person, as a file to hand to them."));
    m_erase = addAction(tr("E&rase a Person…"), this,
                        [this, window] { PrivacyActions::erasePerson(window, m_document()); });
    m_erase->setStatusTip(tr("Remove a person and their registrations for good."));
    addSeparator();
    m_anonymise = addAction(tr("&Anonymise After the Event…"), this,
                            [this, window] { PrivacyActions::anonymiseEvent(window, m_document()); });
    m_anonymise->setStatusTip(tr("Remove needs, notes, contact details and names; keep the counts for reports."));
    connect(this, &QMenu::aboutToShow, this, &PrivacyMenu::updateActions);
    updateActions();
}

void PrivacyMenu::updateActions()
{
    EventDocument *document = m_document ? m_document() : nullptr;
    const PermissionGate gate = document ? PermissionGate::of(document) : PermissionGate();
    // A person's export holds their personal data: only for a login that may see it.
    m_export->setEnabled(document != nullptr && gate.maySeeContactDetails());
    gate.apply(m_erase, PermissionGate::Area::Participants);
    gate.apply(m_anonymise, PermissionGate::Area::Participants);
}
