#pragma once

#include "checkin/CheckInOutcome.h"
#include "document/EventDocument.h"
#include "pages/Page.h"

#include <QDateTime>
#include <QPointer>

#include <memory>
#include <optional>

class DeskLink;
class EventStore;
class DeskSession;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

// The registration desk: one field that takes a scanned code (a USB scanner
// types it and presses Enter) or a name, e-mail or organisation typed by hand;
// matches are listed as you type and Enter checks in the chosen one. The
// outcome shows big, with an icon and words as well as a colour: green
// (checked in), amber (already here, or waitlisted: confirm), red (not found,
// cancelled: confirm). Undo takes back a check-in; counts follow every change.
class CheckInPage : public Page
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Accepted, Warning, Refused };

    explicit CheckInPage(QWidget *parent = nullptr);
    QString title() const override { return tr("Check-in"); }
    QIcon icon() const override;
    void setDocument(EventDocument *document) override;

    QLineEdit *codeEdit() const { return m_code; }
    QListWidget *matchList() const { return m_matches; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *countsLabel() const { return m_counts; }
    Tone tone() const { return m_tone; }
    bool awaitingConfirmation() const { return m_pending.has_value(); }
    // What Enter does: checks in the chosen match, the scanned code, or the one person found.
    void checkIn();
    // Lets in the waitlisted or cancelled registration the desk was asked about.
    void confirm();
    // Lists the registrations matching the field now (otherwise a moment after typing stops).
    void updateMatches();
    // Large type, no sidebar or menus: the main window goes full screen around this page.
    void setDeskMode(bool on);
    // The door desk that checks people in on a server event, online or offline
    // (setDocument makes one for a server event; none for a file).
    void setDeskSession(std::unique_ptr<DeskSession> session);
    DeskLink *deskLink() const { return m_link; }
    // The password that opened the server event (kept in memory only), for the desk's own connection.
    void setServerPassword(const QString &password) { m_serverPassword = password; }
    // "Offline: 12 check-ins waiting" (hidden when online with none waiting).
    QLabel *bannerLabel() const { return m_banner; }
    // Registrations checked in at this desk and at another while one was offline.
    QLabel *checkedInTwiceLabel() const { return m_twice; }

signals:
    void deskModeRequested(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void act(const CheckInOutcome &outcome);
    void admit(const CheckInOutcome &outcome);
    void welcome(const CheckInOutcome &outcome, bool queued);
    void checkInAtDesk(const QString &code, bool confirmed);
    void updateBanner();
    // Where the page reads: the desk session's store when it has one online, else the document's.
    const EventStore &store() const;
    void showCheckedInTwice(const QStringList &sentences);
    void cancelConfirmation();
    void showResult(Tone tone, const QString &headline, const QString &details);
    void refreshCounts();
    void updateEnabled();
    void applyFonts();
    QString facts(const CheckInOutcome &outcome) const;

    QPointer<EventDocument> m_document;
    QLabel *m_prompt;
    QLineEdit *m_code;
    QListWidget *m_matches;
    QTimer *m_searchTimer;
    QFrame *m_panel;
    QLabel *m_icon;
    QLabel *m_result;
    QLabel *m_details;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
    QPushButton *m_undo;
    QPushButton *m_deskMode;
    QLabel *m_counts;
    Tone m_tone = Tone::Neutral;
    std::optional<CheckInOutcome> m_pending;
    bool m_desk = false;
    DeskLink *m_link = nullptr;
    QString m_serverPassword;
    QLabel *m_banner;
    QLabel *m_twice;
    QStringList m_twiceSentences;
    // The last check-in at the desk (server events), for Undo.
    struct LastCheckIn
    {
        QString code;
        QDateTime utc;
        QString who;
    };
    std::optional<LastCheckIn> m_last;
};
