#pragma once

#include "checkin/DeskSession.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class EventStore;

// The check-in page's door desk on a server event: a DeskSession of its own
// (its own connection, its copy and queue on disk), kept in step on a timer:
// while offline or with check-ins waiting it tries every few seconds, and
// sends them as soon as the server answers; online it asks now and then for
// double check-ins to tell. No button needed.
class DeskLink : public QObject
{
    Q_OBJECT
public:
    explicit DeskLink(std::unique_ptr<DeskSession> session, QObject *parent = nullptr);
    ~DeskLink() override;
    // A desk session for the server event `store` is (its location, this desk's name).
    // `password`: the one that opened it, when libpq's own ways have none.
    static std::unique_ptr<DeskSession> sessionFor(const EventStore &store, const QString &password = {});

    DeskSession &session() { return *m_session; }
    const DeskSession &session() const { return *m_session; }
    Status start();
    // "Offline: 12 check-ins waiting", or empty when online with none waiting.
    QString bannerText() const;

public slots:
    // Tries the server now (the timer does it by itself).
    void syncNow();

signals:
    // Online or offline, or the number waiting, changed.
    void stateChanged();
    // Registrations this desk checked in that another desk checked in too, one sentence each.
    void checkedInTwice(const QStringList &sentences);

private:
    void schedule();
    void tell();

    std::unique_ptr<DeskSession> m_session;
    QTimer m_timer;
    int m_quietRounds = 0;
};
