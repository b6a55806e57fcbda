#include "pages/CheckInPage.h"

#include "checkin/CheckInDesk.h"
#include "commands/CheckInCommand.h"
#include "model/EventCounts.h"
#include "storage/EventFile.h"
#include "storage/StatisticsRepository.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

CheckInPage::CheckInPage(QWidget *parent) : Page(parent)
{
    auto *prompt = new QLabel(tr("Registration &code (type it or scan the badge, then Enter):"), this);
    m_code = new QLineEdit(this);
    prompt->setBuddy(m_code);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    m_code->setFont(big);
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("e.g. K7M2-QX9PT4"));
    connect(m_code, &QLineEdit::returnPressed, this, &CheckInPage::checkIn);

    m_panel = new QFrame(this);
    m_panel->setObjectName(QStringLiteral("checkInResult"));
    m_panel->setMinimumHeight(150);
    m_panel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_result = new QLabel(m_panel);
    QFont huge = m_result->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.6);
    huge.setBold(true);
    m_result->setFont(huge);
    m_result->setWordWrap(true);
    m_details = new QLabel(m_panel);
    QFont large = m_details->font();
    large.setPointSizeF(large.pointSizeF() * 1.5);
    m_details->setFont(large);
    m_details->setWordWrap(true);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(24, 18, 24, 18);
    panelLayout->addWidget(m_result);
    panelLayout->addWidget(m_details);
    panelLayout->addStretch();

    m_undo = new QPushButton(tr("&Undo last check-in"), this);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_document && m_document->undoStack()->canUndo()) {
            m_document->undoStack()->undo();
            showResult(false, tr("Check-in taken back"), m_document->undoStack()->redoText());
        }
        m_code->setFocus();
    });
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *left = new QVBoxLayout;
    left->addWidget(prompt);
    left->addWidget(m_code);
    left->addSpacing(12);
    left->addWidget(m_panel);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_undo);
    undoRow->addStretch();
    left->addLayout(undoRow);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(left, 3);
    layout->addSpacing(24);
    layout->addWidget(m_counts, 1);
    showResult(true, QString(), QString());
    setDocument(nullptr);
}

QIcon CheckInPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("object-select"));
}

void CheckInPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &EventDocument::changed, this, &CheckInPage::refreshCounts);
        connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &CheckInPage::updateEnabled);
    }
    m_panel->setStyleSheet(QString());
    m_result->clear();
    m_details->clear();
    refreshCounts();
    updateEnabled();
}

void CheckInPage::updateEnabled()
{
    const bool writable = m_document && !m_document->isReadOnly();
    m_code->setEnabled(writable);
    m_undo->setEnabled(writable && m_document->undoStack()->canUndo());
    if (!m_document)
        m_result->setText(tr("No event open"));
}

void CheckInPage::showResult(bool accepted, const QString &headline, const QString &details)
{
    if (headline.isEmpty()) {
        m_panel->setStyleSheet(QString());
    } else {
        m_panel->setStyleSheet(accepted ? QStringLiteral("#checkInResult { background: #1b7f3b; border-radius: 8px; }"
                                                         " QLabel { color: white; }")
                                        : QStringLiteral("#checkInResult { background: #b3261e; border-radius: 8px; }"
                                                         " QLabel { color: white; }"));
    }
    m_result->setText(headline);
    m_details->setText(details);
}

void CheckInPage::checkIn()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString typed = m_code->text();
    m_code->clear(); // ready for the next scan
    if (typed.trimmed().isEmpty())
        return;
    auto outcome = CheckInDesk(m_document->file()).consider(typed);
    if (!outcome) {
        showResult(false, tr("Cannot check in"), outcome.error());
        return;
    }
    const CheckInOutcome &o = outcome.value();
    const Person &person = o.row.person;
    const QString who = person.displayName();
    QStringList facts{toLabel(o.row.participant.category)};
    if (!person.organisation.isEmpty())
        facts.prepend(person.organisation);
    if (!o.accepted()) {
        const QString reason = o.reason.left(1).toUpper() + o.reason.mid(1);
        showResult(false, o.row.person.id ? who : tr("Not found"),
                   o.row.person.id ? reason + QStringLiteral(" — ") + facts.join(QStringLiteral(" · ")) : reason);
        return;
    }
    m_document->undoStack()->push(new CheckInCommand(m_document, o.row.participant.id, QDateTime(),
                                                     QDateTime::currentDateTimeUtc(), who));
    QString details = facts.join(QStringLiteral(" · "));
    if (!o.row.participant.dietary.isEmpty())
        details += QStringLiteral("\n") + tr("Dietary: %1").arg(o.row.participant.dietary);
    if (o.row.participant.status == RegistrationStatus::Waitlisted)
        details += QStringLiteral("\n") + tr("(was on the waiting list)");
    showResult(true, tr("Welcome, %1").arg(who), details);
}

void CheckInPage::refreshCounts()
{
    if (!m_document) {
        m_counts->clear();
        return;
    }
    auto counts = m_document->file().statistics().counts();
    if (!counts) {
        m_counts->setText(counts.error().toHtmlEscaped());
        return;
    }
    const EventCounts &c = counts.value();
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(tr("Arrived"));
    auto row = [&](const QString &label, qint64 in, qint64 all, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString(), close = bold ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>%1%2%3</td><td align='right'>%1%4%3</td><td>/ %5</td></tr>")
                    .arg(open, label.toHtmlEscaped(), close, locale.toString(in), locale.toString(all));
    };
    for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values()) {
        const qint64 all = c.participantsByCategory.value(toKey(category));
        if (all)
            row(toLabel(category), c.checkedInByCategory.value(toKey(category)), all, false);
    }
    row(tr("All"), c.checkedIn, c.participants, true);
    m_counts->setText(html + QStringLiteral("</table>"));
}
