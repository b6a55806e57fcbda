#include "pages/CheckInPage.h"
#include "document/PermissionGate.h"

#include "checkin/CheckInDesk.h"
#include "checkin/DeskSession.h"
#include "pages/DeskLink.h"
#include "commands/CheckInCommand.h"
#include "model/Event.h"
#include "model/EventCounts.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/StatisticsRepository.h"
#include "util/LocaleFormat.h"
#include "widgets/ThemeIcons.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
const int maxMatches = 30;
const int participantRole = Qt::UserRole;
const int codeRole = Qt::UserRole + 1;

QString capitalised(const QString &sentence)
{
    return sentence.left(1).toUpper() + sentence.mid(1);
}

void scaleFont(QWidget *widget, qreal factor, bool bold = false)
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}
} // namespace

CheckInPage::CheckInPage(QWidget *parent) : Page(parent)
{
    m_prompt = new QLabel(tr("&Scan the badge, or type a name, e-mail, organisation or code, then press Enter:"), this);
    m_prompt->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("checkInSearch"));
    m_prompt->setBuddy(m_code);
    m_code->setMaxLength(120);
    m_code->setClearButtonEnabled(true);
    // A code as the badges print it: ten letters and digits without look-alikes.
    m_code->setPlaceholderText(tr("e.g. 7KQ4M2XP9T or Müller"));
    m_code->installEventFilter(this);
    connect(m_code, &QLineEdit::returnPressed, this, &CheckInPage::checkIn);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150); // a scanner types a whole code within that
    connect(m_searchTimer, &QTimer::timeout, this, &CheckInPage::updateMatches);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        cancelConfirmation();
        m_matches->setCurrentRow(-1);
        m_searchTimer->start();
    });

    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("checkInMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus); // the arrow keys in the field move through it
    m_matches->setUniformItemSizes(true);
    m_matches->hide();
    connect(m_matches, &QListWidget::itemActivated, this, [this] { checkIn(); });
    connect(m_matches, &QListWidget::itemClicked, this, [this] { m_code->setFocus(); });

    m_panel = new QFrame(this);
    m_panel->setObjectName(QStringLiteral("checkInResult"));
    m_panel->setMinimumHeight(150);
    m_panel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_icon = new QLabel(m_panel);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_result = new QLabel(m_panel);
    m_result->setWordWrap(true);
    m_details = new QLabel(m_panel);
    m_details->setWordWrap(true);
    m_confirm = new QPushButton(ThemeIcons::icon(QStringLiteral("emblem-default")), tr("Check in &anyway"), m_panel);
    m_confirm->setToolTip(tr("Enter (with the search field empty)"));
    connect(m_confirm, &QPushButton::clicked, this, &CheckInPage::confirm);
    m_dismiss = new QPushButton(tr("Do &not check in"), m_panel);
    m_dismiss->setToolTip(tr("Esc"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        cancelConfirmation();
        showResult(Tone::Neutral, QString(), QString());
        m_code->setFocus();
    });
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addWidget(m_confirm);
    confirmRow->addWidget(m_dismiss);
    confirmRow->addStretch();
    auto *text = new QVBoxLayout;
    text->addWidget(m_result);
    text->addWidget(m_details);
    text->addLayout(confirmRow);
    text->addStretch();
    auto *panelLayout = new QHBoxLayout(m_panel);
    panelLayout->setContentsMargins(24, 18, 24, 18);
    panelLayout->setSpacing(18);
    panelLayout->addWidget(m_icon);
    panelLayout->addLayout(text, 1);

    m_undo = new QPushButton(ThemeIcons::icon(QStringLiteral("edit-undo")), tr("&Undo last check-in"), this);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_link && m_last) {
            const LastCheckIn last = *m_last;
            m_last.reset();
            if (Status taken = m_link->session().takeBack(last.code, last.utc); !taken)
                showResult(Tone::Refused, tr("Not taken back"), taken.error());
            else
                showResult(Tone::Neutral, tr("Check-in taken back"), last.who);
            updateBanner();
            refreshCounts();
            updateEnabled();
        } else if (m_document && m_document->undoStack()->canUndo()) {
            m_document->undoStack()->undo();
            showResult(Tone::Neutral, tr("Check-in taken back"), m_document->undoStack()->redoText());
        }
        m_code->setFocus();
    });
    m_deskMode = new QPushButton(ThemeIcons::icon(QStringLiteral("view-fullscreen")), tr("&Desk mode"), this);
    m_deskMode->setCheckable(true);
    m_deskMode->setToolTip(tr("Only this page, full screen, in large type (F11)"));
    connect(m_deskMode, &QPushButton::toggled, this, [this](bool on) {
        if (on != m_desk)
            emit deskModeRequested(on);
    });
    // A desk that lost the server says so at a glance, and how much waits to be sent.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("checkInOffline"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("#checkInOffline { background: #34495e; color: white; "
                                           "border-radius: 6px; padding: 8px; }"));
    m_banner->hide();
    m_twice = new QLabel(this);
    m_twice->setObjectName(QStringLiteral("checkInTwice"));
    m_twice->setWordWrap(true);
    m_twice->setTextFormat(Qt::PlainText);
    m_twice->setStyleSheet(QStringLiteral("#checkInTwice { border: 2px solid #b3261e; border-radius: 6px; padding: 8px; }"));
    m_twice->hide();
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *left = new QVBoxLayout;
    left->addWidget(m_banner);
    left->addWidget(m_twice);
    left->addWidget(m_prompt);
    left->addWidget(m_code);
    left->addWidget(m_matches);
    left->addSpacing(12);
    left->addWidget(m_panel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch();
    buttons->addWidget(m_deskMode);
    left->addLayout(buttons);
    left->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(left, 3);
    layout->addSpacing(24);
    layout->addWidget(m_counts, 1);
    applyFonts();
    showResult(Tone::Neutral, QString(), QString());
    setDocument(nullptr);
}

QIcon CheckInPage::icon() const
{
    return ThemeIcons::icon(QStringLiteral("emblem-default"));
}

void CheckInPage::applyFonts()
{
    const qreal scale = m_desk ? 1.7 : 1.0;
    scaleFont(m_prompt, 1.1 * scale);
    scaleFont(m_code, 2.2 * scale);
    scaleFont(m_matches, 1.3 * scale);
    scaleFont(m_result, 2.6 * scale, true);
    scaleFont(m_details, 1.5 * scale);
    scaleFont(m_counts, 1.0 * scale);
    scaleFont(m_banner, 1.2 * scale, true);
    scaleFont(m_twice, 1.1 * scale);
    for (QPushButton *button : {m_confirm, m_dismiss, m_undo, m_deskMode})
        scaleFont(button, 1.1 * scale);
    const int rowHeight = m_matches->fontMetrics().height() + 8;
    m_matches->setMaximumHeight(rowHeight * 6 + 6);
    m_icon->setFixedWidth(int(64 * scale));
    showResult(m_tone, m_result->text(), m_details->text());
}

void CheckInPage::setDeskMode(bool on)
{
    m_desk = on;
    m_deskMode->setChecked(on);
    m_deskMode->setText(on ? tr("Leave &desk mode") : tr("&Desk mode"));
    applyFonts();
    m_code->setFocus();
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
    m_pending.reset();
    m_code->clear();
    m_matches->clear();
    m_matches->hide();
    m_twiceSentences.clear();
    // On a server the desk keeps a copy and a queue, made when the page is first shown (showEvent).
    setDeskSession(nullptr);
    showResult(Tone::Neutral, tr("Ready"), tr("Scan a badge, or type a few letters of a name and choose."));
    refreshCounts();
    updateEnabled();
}

void CheckInPage::setDeskSession(std::unique_ptr<DeskSession> session)
{
    delete m_link;
    m_link = nullptr;
    m_last.reset();
    if (session) {
        m_link = new DeskLink(std::move(session), this);
        connect(m_link, &DeskLink::stateChanged, this, [this] {
            updateBanner();
            refreshCounts();
        });
        connect(m_link, &DeskLink::checkedInTwice, this, &CheckInPage::showCheckedInTwice);
        if (Status started = m_link->start(); !started)
            showResult(Tone::Refused, tr("Cannot check in"), started.error());
    }
    updateBanner();
    refreshCounts();
    updateEnabled();
}

const EventStore &CheckInPage::store() const
{
    // The desk's own connection while it is online: the window's may have been lost with the network.
    if (m_link && m_link->session().store())
        return *m_link->session().store();
    return m_document->store();
}

void CheckInPage::updateBanner()
{
    const QString text = m_link ? m_link->bannerText() : QString();
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void CheckInPage::showCheckedInTwice(const QStringList &sentences)
{
    // The latest first; a few are enough for the desk to call a colleague over.
    for (const QString &sentence : sentences)
        m_twiceSentences.prepend(sentence);
    while (m_twiceSentences.size() > 5)
        m_twiceSentences.removeLast();
    m_twice->setText(tr("Checked in twice while a desk was offline (the earlier time counts):") + QLatin1Char('\n')
                     + m_twiceSentences.join(QLatin1Char('\n')));
    m_twice->setVisible(!m_twiceSentences.isEmpty());
}

void CheckInPage::updateEnabled()
{
    const bool writable = m_document && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::CheckIn);
    m_code->setEnabled(writable);
    m_undo->setEnabled(writable && (m_link ? m_last.has_value() : m_document->undoStack()->canUndo()));
    if (!m_document)
        showResult(Tone::Neutral, tr("No event open"), tr("Open an event (File ▸ Open) to check people in."));
    else if (!writable)
        showResult(Tone::Neutral, m_document->isReadOnly() ? tr("Read-only") : tr("Not allowed"),
                   PermissionGate::of(m_document).refusal(PermissionGate::Area::CheckIn));
}

bool CheckInPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_code && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp)
            && m_matches->count() > 0) {
            m_searchTimer->stop();
            const int step = (key == Qt::Key_PageDown || key == Qt::Key_PageUp) ? 5 : 1;
            const int direction = (key == Qt::Key_Down || key == Qt::Key_PageDown) ? 1 : -1;
            const int row = m_matches->currentRow() < 0 ? (direction > 0 ? 0 : m_matches->count() - 1)
                                                         : m_matches->currentRow() + direction * step;
            m_matches->setCurrentRow(qBound(0, row, m_matches->count() - 1));
            return true;
        }
        if (key == Qt::Key_Escape) {
            if (m_pending) {
                cancelConfirmation();
                showResult(Tone::Neutral, QString(), QString());
            } else {
                m_code->clear();
                m_matches->clear();
                m_matches->hide();
            }
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void CheckInPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // On a server the desk keeps a copy and a queue, to go on when the network does not.
    if (m_document && m_document->store().isOnServer() && !m_link)
        setDeskSession(DeskLink::sessionFor(m_document->store(), m_serverPassword));
    m_code->setFocus(); // ready for the first scan
}

void CheckInPage::updateMatches()
{
    m_searchTimer->stop();
    m_matches->clear();
    const QString typed = m_code->text().simplified();
    if (!m_document || typed.isEmpty()) {
        m_matches->hide();
        return;
    }
    // Offline, the desk's copy answers.
    Result<QList<ParticipantRow>> found = m_link && !m_link->session().isOnline()
                                              ? Result<QList<ParticipantRow>>(m_link->session().search(typed, maxMatches))
                                              : CheckInDesk(store()).search(typed, maxMatches);
    if (!found && m_link)
        found = m_link->session().search(typed, maxMatches);
    if (!found) {
        showResult(Tone::Refused, tr("Cannot search"), found.error());
        return;
    }
    auto event = m_link ? Result<Event>(m_link->session().event()) : m_document->store().event().load();
    for (const ParticipantRow &row : found.value()) {
        QStringList parts{row.person.displayName()};
        if (!row.person.organisation.isEmpty())
            parts << row.person.organisation;
        parts << toLabel(row.participant.category);
        QString state;
        if (row.participant.isCheckedIn() && event)
            state = tr("checked in %1").arg(LocaleFormat::dayAndTime(event->toLocal(row.participant.checkedIn)));
        else if (row.participant.status != RegistrationStatus::Registered)
            state = toLabel(row.participant.status);
        if (!state.isEmpty())
            parts << state;
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_matches);
        item->setData(participantRole, row.participant.id);
        item->setData(codeRole, row.participant.code);
        item->setToolTip(row.person.email);
    }
    if (found->size() == maxMatches)
        new QListWidgetItem(tr("More people match: type more of the name"), m_matches);
    m_matches->setVisible(m_matches->count() > 0);
    // One match is the one Enter checks in; among several the desk chooses.
    if (found->size() == 1)
        m_matches->setCurrentRow(0);
}

void CheckInPage::checkIn()
{
    if (!m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::CheckIn))
        return;
    const QString typed = m_code->text();
    if (typed.trimmed().isEmpty()) {
        if (m_pending)
            confirm();
        return;
    }
    CheckInDesk desk(m_document->store());
    // A match chosen in the list (arrow keys, click, or the only one).
    if (QListWidgetItem *chosen = m_matches->currentItem(); chosen && chosen->data(participantRole).isValid()) {
        if (m_link) {
            checkInAtDesk(chosen->data(codeRole).toString(), false);
            return;
        }
        auto outcome = desk.consider(chosen->data(participantRole).toLongLong());
        if (!outcome)
            showResult(Tone::Refused, tr("Cannot check in"), outcome.error());
        else
            act(outcome.value());
        return;
    }
    // A scanned or typed code.
    auto byCode = m_link ? m_link->session().consider(typed) : desk.consider(typed);
    if (!byCode) {
        showResult(Tone::Refused, tr("Cannot check in"), byCode.error());
        return;
    }
    if (byCode->found()) {
        if (m_link)
            checkInAtDesk(byCode->code, false);
        else
            act(byCode.value());
        return;
    }
    // A name typed faster than the list follows.
    updateMatches();
    const int matches = m_matches->count();
    if (matches == 0) {
        showResult(Tone::Refused, tr("Not found"),
                   tr("No registration has the code or a name, e-mail or organisation matching “%1”.")
                       .arg(typed.trimmed()));
        m_code->selectAll();
    } else if (m_matches->currentItem()) {
        checkIn();
    } else {
        showResult(Tone::Neutral, tr("%n people match", nullptr, matches),
                   tr("Choose one with the arrow keys or the mouse, then press Enter."));
    }
}

void CheckInPage::act(const CheckInOutcome &o)
{
    m_pending.reset();
    const QString who = o.row.person.displayName();
    switch (o.kind) {
    case CheckInOutcome::Kind::Accepted:
        admit(o);
        return;
    case CheckInOutcome::Kind::UnknownCode:
        showResult(Tone::Refused, tr("Not found"), capitalised(o.reason));
        m_code->selectAll();
        return;
    case CheckInOutcome::Kind::AlreadyCheckedIn:
        showResult(Tone::Warning, tr("%1: already here").arg(who),
                   capitalised(o.reason) + QLatin1Char('\n') + facts(o));
        break;
    case CheckInOutcome::Kind::Waitlisted:
        m_pending = o;
        showResult(Tone::Warning, tr("%1 is on the waiting list").arg(who),
                   tr("Check in anyway? Press Enter to let them in, Esc not to.") + QLatin1Char('\n') + facts(o));
        break;
    case CheckInOutcome::Kind::Cancelled:
        m_pending = o;
        showResult(Tone::Refused, tr("%1: registration cancelled").arg(who),
                   tr("Check in anyway? Press Enter to let them in, Esc not to.") + QLatin1Char('\n') + facts(o));
        break;
    }
    m_code->clear();
    m_matches->clear();
    m_matches->hide();
}

void CheckInPage::confirm()
{
    if (!m_pending || !m_document || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::CheckIn))
        return;
    const CheckInOutcome outcome = *m_pending;
    m_pending.reset();
    if (m_link) {
        checkInAtDesk(outcome.code, true);
        return;
    }
    // Look again: another desk may have checked them in meanwhile.
    auto now = CheckInDesk(m_document->store()).consider(outcome.row.participant.id);
    if (!now) {
        showResult(Tone::Refused, tr("Cannot check in"), now.error());
        return;
    }
    if (now->accepted() || now->needsConfirmation())
        admit(now.value());
    else
        act(now.value());
}

void CheckInPage::cancelConfirmation()
{
    m_pending.reset();
    m_confirm->hide();
    m_dismiss->hide();
}

void CheckInPage::checkInAtDesk(const QString &code, bool confirmed)
{
    auto answer = m_link->session().checkIn(code, confirmed);
    if (!answer) {
        showResult(Tone::Refused, tr("Cannot check in"), answer.error());
        return;
    }
    if (!answer->checkedIn) {
        act(answer->outcome);
    } else {
        m_last = LastCheckIn{answer->outcome.code, answer->utc, answer->outcome.row.person.displayName()};
        welcome(answer->outcome, answer->queued);
    }
    updateBanner();
    refreshCounts();
    updateEnabled();
}

void CheckInPage::admit(const CheckInOutcome &o)
{
    m_document->undoStack()->push(new CheckInCommand(m_document, o.row.participant.id, QDateTime(),
                                                     QDateTime::currentDateTimeUtc(), o.row.person.displayName()));
    welcome(o, false);
}

void CheckInPage::welcome(const CheckInOutcome &o, bool queued)
{
    const QString who = o.row.person.displayName();
    QString details = facts(o);
    if (!o.row.participant.dietary.isEmpty())
        details += QLatin1Char('\n') + tr("Dietary: %1").arg(o.row.participant.dietary);
    if (!o.row.participant.accessibility.isEmpty())
        details += QLatin1Char('\n') + tr("Accessibility: %1").arg(o.row.participant.accessibility);
    if (o.needsConfirmation())
        details += QLatin1Char('\n') + tr("Checked in although %1.").arg(o.reason);
    if (queued)
        details += QLatin1Char('\n') + tr("Checked in offline: sent to the server when it answers again.");
    showResult(Tone::Accepted, tr("Welcome, %1").arg(who), details);
    m_code->clear();
    m_matches->clear();
    m_matches->hide();
    m_code->setFocus();
}

QString CheckInPage::facts(const CheckInOutcome &o) const
{
    QStringList facts{toLabel(o.row.participant.category)};
    if (!o.row.person.organisation.isEmpty())
        facts.prepend(o.row.person.organisation);
    return facts.join(QStringLiteral(" · "));
}

void CheckInPage::showResult(Tone tone, const QString &headline, const QString &details)
{
    m_tone = headline.isEmpty() ? Tone::Neutral : tone;
    // Colour for a glance, icon and words for everyone (colour-blind staff, grey-scale screens).
    struct Look
    {
        const char *background;
        const char *text;
        const char *icon;
    };
    static const Look looks[] = {
        {nullptr, nullptr, "dialog-information"},
        {"#1b7f3b", "white", "emblem-default"},
        {"#f2b01e", "#1a1a1a", "dialog-warning"},
        {"#b3261e", "white", "dialog-error"},
    };
    const Look &look = looks[int(m_tone)];
    if (!look.background || headline.isEmpty())
        m_panel->setStyleSheet(QString());
    else
        m_panel->setStyleSheet(QStringLiteral("#checkInResult { background: %1; border-radius: 8px; }"
                                              " #checkInResult > QLabel { color: %2; }")
                                   .arg(QLatin1String(look.background), QLatin1String(look.text)));
    const int side = m_icon->width() > 0 ? m_icon->width() : 64;
    m_icon->setPixmap(headline.isEmpty() ? QPixmap()
                                         : ThemeIcons::icon(QLatin1String(look.icon)).pixmap(QSize(side, side)));
    m_result->setText(headline);
    m_details->setText(details);
    m_confirm->setVisible(m_pending.has_value());
    m_dismiss->setVisible(m_pending.has_value());
}

void CheckInPage::refreshCounts()
{
    if (!m_document) {
        m_counts->clear();
        return;
    }
    if (m_link && !m_link->session().isOnline()) {
        // What this desk's copy knows, with its own check-ins made offline.
        const QLocale locale;
        m_counts->setText(QStringLiteral("<h3>%1</h3><p>%2</p>")
                              .arg(tr("Arrived"),
                                   tr("%1 of %2 (this desk's copy)")
                                       .arg(locale.toString(m_link->session().checkedIn()),
                                            locale.toString(m_link->session().registrations()))
                                       .toHtmlEscaped()));
        return;
    }
    auto counts = store().statistics().counts();
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
