#include "document/PermissionGate.h"

#include "document/EventDocument.h"
#include "storage/EventStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QHash>
#include <QVariant>
#include <QWidget>

namespace {
// The tooltip an action was given (ShortcutToolTips adds the shortcut to it),
// and the gate's copy of what the control had before it showed a refusal.
const char *const ownToolTip = "podiumOwnToolTip";
const char *const keptToolTip = "podiumGateToolTip";
const char *const keptStatusTip = "podiumGateStatusTip";
} // namespace

PermissionGate::PermissionGate(const EventStore &store)
    : m_permissions(store.permissions()), m_open(true), m_readOnly(store.isReadOnly()),
      m_readOnlyReason(store.readOnlyReason())
{
}

PermissionGate PermissionGate::of(const EventDocument *document)
{
    if (!document)
        return {};
    // A server store asks its role once when it opens; this keeps what it said per document.
    static QHash<const EventDocument *, PermissionGate> gates;
    auto it = gates.find(document);
    if (it == gates.end()) {
        it = gates.insert(document, PermissionGate(document->store()));
        QObject::connect(document, &QObject::destroyed, [document] { gates.remove(document); });
    }
    return *it;
}

bool PermissionGate::mayEdit(Area area) const
{
    if (!m_open || m_readOnly)
        return false;
    switch (area) {
    case Area::Programme: return m_permissions.editProgramme;
    case Area::Participants: return m_permissions.editParticipants;
    case Area::CheckIn: return m_permissions.checkIn;
    }
    return false;
}

QString PermissionGate::refusal(Area area) const
{
    if (mayEdit(area))
        return {};
    if (!m_open)
        return QCoreApplication::translate("PermissionGate", "No event is open.");
    if (m_readOnly)
        return m_readOnlyReason;
    return m_permissions.refusal;
}

void PermissionGate::explain(QAction *action, const QString &why)
{
    if (!action->property(keptStatusTip).isValid()) {
        const QVariant own = action->property(ownToolTip);
        action->setProperty(keptToolTip, own.isValid() ? own.toString() : action->toolTip());
        action->setProperty(keptStatusTip, action->statusTip());
    }
    const QString tip = why.isEmpty() ? action->property(keptToolTip).toString() : why;
    action->setProperty(ownToolTip, tip);
    action->setStatusTip(why.isEmpty() ? action->property(keptStatusTip).toString() : why);
    // ShortcutToolTips, when it watches the action, rewrites this with the shortcut.
    action->setToolTip(tip.isEmpty() ? QString(action->text()).remove(QLatin1Char('&')) : tip);
}

void PermissionGate::explain(QWidget *widget, const QString &why)
{
    if (!widget->property(keptStatusTip).isValid()) {
        widget->setProperty(keptToolTip, widget->toolTip());
        widget->setProperty(keptStatusTip, widget->statusTip());
    }
    widget->setToolTip(why.isEmpty() ? widget->property(keptToolTip).toString() : why);
    widget->setStatusTip(why.isEmpty() ? widget->property(keptStatusTip).toString() : why);
}

void PermissionGate::apply(QAction *action, Area area, bool also) const
{
    action->setEnabled(mayEdit(area) && also);
    // Only a refusal by role or a read-only event is worth a tip; "nothing open" explains itself.
    explain(action, m_open ? refusal(area) : QString());
}

void PermissionGate::apply(QWidget *widget, Area area, bool also) const
{
    widget->setEnabled(mayEdit(area) && also);
    explain(widget, m_open ? refusal(area) : QString());
}
