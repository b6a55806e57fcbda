#pragma once

#include "checkin/DeskSession.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

// What podium-cli checkin and desk share: the options that name a desk and
// where it keeps its copy and queue, and the desk session made from them.
namespace DeskCli {

void addOptions(QCommandLineParser &parser);
// The desk's name: --desk, else Preferences or PODIUM_DESK, else the computer's name.
QString deskName(const QCommandLineParser &parser);
// Whether the event is used through a desk session (a server event, or --queue-dir given).
bool usesSession(const QCommandLineParser &parser, const QString &location);
std::unique_ptr<DeskSession> session(const QCommandLineParser &parser, const QString &location);
// "offline: 12 check-ins waiting (the server's words)", or nothing when online with none waiting.
void printState(const DeskSession &session, QTextStream &out);
// Tells of the double check-ins this desk was in.
void printDoubles(const DeskSession &session, const DeskSession::SyncReport &report, QTextStream &out);

} // namespace DeskCli
