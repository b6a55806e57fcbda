#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// File ▸ Open from Server…: the server's address (a postgresql:// URI), its
// password when libpq finds none (~/.pgpass, a service file) and the keyring
// keeps none, then the server's events to choose from. A password typed here
// is asked once: with "Remember" it goes to the desktop keyring
// (ServerPasswords), never to Podium's settings.
class OpenFromServerDialog : public QDialog
{
    Q_OBJECT
public:
    struct ServerEvent
    {
        QString name;  // the event's name on the server (?event=NAME)
        QString title; // the event's own name, dates..., for the list
    };
    struct Listing
    {
        Result<QList<ServerEvent>> events = QList<ServerEvent>();
        // The server asked for a password and none (or a wrong one) was given.
        bool passwordNeeded = false;
    };
    // Connects to the server at uri (password empty: libpq's own ways) and lists its events.
    using Lister = std::function<Listing(const QString &uri, const QString &password)>;

    OpenFromServerDialog(Lister lister, QWidget *parent = nullptr);

    // Starts with this address (a recent server event, or the last server used).
    void setUri(const QString &uri);
    // The chosen event's URI (with ?event=NAME, never a password) and the password to open it with.
    QString chosenUri() const { return m_chosenUri; }
    QString password() const;

    // Connects and lists the events now (the Connect button).
    void listEvents();

private:
    void showProblem(const QString &message);
    void updateButtons();
    void accept() override;
    QString uriWithoutEvent() const;

    Lister m_lister;
    QLineEdit *m_uri = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QListWidget *m_events = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_chosenUri;
    QString m_connectedUri;     // the address the list belongs to
    QString m_keyringPassword;  // what the keyring gave for that address
    QString m_requestedEvent;   // ?event= of the address given, preselected
};
