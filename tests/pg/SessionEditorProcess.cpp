// A second Podium process editing one session of an event (a file or a server URI), driven line
// by line on stdin, for the tests and the benchmark of issue 18: it reads the session once and
// then writes on that copy, as a window left open would.
//
//   podium-test-session-editor LOCATION SESSION_ID AUTHOR
//   stdin:  "title TEXT" | "move MINUTES" | "reload" | "quit"
//   stdout: "read VERSION" after opening and each reload; after each write
//           "ok VERSION MONOTONIC_NS" (the clock just after the commit) or "refused SENTENCE"
#include "storage/EventStore.h"
#include "storage/SessionRepository.h"
#include "storage/StoreOpener.h"
#include "util/ChangeAuthor.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <ctime>
#include <iostream>
#include <string>

namespace {
long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000000000LL + now.tv_nsec;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s LOCATION SESSION_ID AUTHOR\n", argv[0]);
        return 2;
    }
    ChangeAuthor::setCurrent({args.at(3), QString()});
    auto store = StoreOpener::open(args.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    const SessionId id = args.at(2).toLongLong();
    auto read = [&]() -> Session {
        auto session = store.value()->sessions().byId(id);
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(session.error()));
            std::exit(1);
        }
        say(QStringLiteral("read %1").arg(session->version));
        return session.value();
    };
    Session session = read();
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line);
        if (command == QLatin1String("quit"))
            break;
        if (command == QLatin1String("reload")) {
            session = read();
            continue;
        }
        Session edited = session;
        if (command.startsWith(QLatin1String("title ")))
            edited.title = command.mid(6);
        else if (command.startsWith(QLatin1String("move ")))
            edited.start = edited.start.addSecs(60 * command.mid(5).toLongLong());
        else {
            say(QStringLiteral("unknown %1").arg(command));
            continue;
        }
        const Status status = store.value()->sessions().update(edited);
        const long long committed = monotonicNs();
        if (!status) {
            say(QStringLiteral("refused %1").arg(status.error()));
            continue;
        }
        edited.version = session.version + 1;
        session = edited;
        say(QStringLiteral("ok %1 %2").arg(session.version).arg(committed));
    }
    return 0;
}
