#include "pages/OverviewPage.h"
#include "document/PermissionGate.h"

#include "model/Event.h"
#include "model/EventCounts.h"
#include "model/Vocabulary.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/StatisticsRepository.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    // Names are shown as typed: "<b>" in an event name is text, not markup.
    for (QLabel *label : {m_name, m_subtitle})
        label->setTextFormat(Qt::PlainText);
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    for (QLabel *label : {m_name, m_subtitle, m_facts, m_counts})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_facts);
    layout->addSpacing(12);
    layout->addWidget(m_counts);
    layout->addStretch();
    setDocument(nullptr);
}

void OverviewPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &EventDocument::changed, this, &OverviewPage::refresh);
    refresh();
}

namespace {
QString joinNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(", "));
}
} // namespace

void OverviewPage::refresh()
{
    if (!m_document) {
        m_name->setText(tr("No event open"));
        m_subtitle->setText(tr("Create a new event with File ▸ New, open one with File ▸ Open, "
                               "or look around in the demo event with File ▸ Open Demo."));
        m_facts->clear();
        m_counts->clear();
        return;
    }
    auto event = m_document->store().event().load();
    auto counts = m_document->store().statistics().counts();
    if (!event || !counts) {
        m_name->setText(tr("The event cannot be read"));
        m_subtitle->setText(!event ? event.error() : counts.error());
        return;
    }
    const Event &e = event.value();
    const EventCounts &c = counts.value();
    const QLocale locale;
    m_name->setText(e.name);
    m_subtitle->setText(e.subtitle);
    const QString dates = e.firstDay == e.lastDay
                              ? locale.toString(e.firstDay, QLocale::LongFormat)
                              : tr("%1 to %2").arg(locale.toString(e.firstDay, QLocale::LongFormat),
                                                   locale.toString(e.lastDay, QLocale::LongFormat));
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_facts->setText(QStringLiteral("<table>") + row(tr("Dates"), dates)
                     + row(tr("Venue"), joinNonEmpty({e.venueName, e.venueAddress}))
                     + row(tr("Organiser"), e.organiser) + row(tr("Time zone"), QString::fromUtf8(e.timeZoneId))
                     + row(m_document->store().isOnServer() ? tr("Server") : tr("File"), m_document->store().location())
                     + (m_document->store().isOnServer() ? row(tr("Your role"), PermissionGate::of(m_document).roleName()) : QString())
                     + (m_document->isReadOnly() ? row(tr("Read-only"), m_document->store().readOnlyReason()) : QString())
                     + QStringLiteral("</table>"));
    QString categories;
    for (auto it = c.participantsByCategory.cbegin(); it != c.participantsByCategory.cend(); ++it) {
        const auto category = Vocabulary<ParticipantCategory>::fromKey(it.key());
        categories += row(QStringLiteral("\u2003") + (category ? toLabel(*category) : it.key()),
                          tr("%1 (%2 checked in)").arg(locale.toString(it.value()),
                                                       locale.toString(c.checkedInByCategory.value(it.key()))));
    }
    m_counts->setText(QStringLiteral("<table>") + row(tr("Rooms"), locale.toString(c.rooms))
                      + row(tr("Tracks"), locale.toString(c.tracks))
                      + row(tr("Sessions"), tr("%1 (%2 scheduled)").arg(locale.toString(c.sessions),
                                                                        locale.toString(c.scheduledSessions)))
                      + row(tr("Speakers"), locale.toString(c.speakers))
                      + row(tr("Participants"), tr("%1 (%2 checked in)").arg(locale.toString(c.participants),
                                                                             locale.toString(c.checkedIn)))
                      + categories + QStringLiteral("</table>"));
}
