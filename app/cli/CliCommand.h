#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class EventStore;

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

// One podium-cli subcommand ("info", "export participants"...). Each lives in
// its own file and registers itself with CommandRegistry.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    // One or two words: "info", "export badges".
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments and options.
    virtual void configure(QCommandLineParser &parser) const = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    // Parses args (after the command's name), handles --help, runs execute().
    int run(const QStringList &args);

protected:
    QTextStream &out();
    QTextStream &err();
    // "1 day", "3 days": podium-cli speaks English, with real plurals.
    static QString count(qint64 n, const char *one, const char *many);
    // Prints the message on stderr (and the details with --verbose) and returns ExitUsage.
    int fail(const QString &message, const QString &details = {});
    // The same for a failed Status or Result.
    template <typename Failure>
    int fail(const Failure &failed)
    {
        return fail(failed.error(), failed.details());
    }
    bool verbose() const { return m_verbose; }
    // Opens the event (a file, or postgresql://…?event=NAME on a server), or
    // prints why not (then returns null).
    std::unique_ptr<EventStore> openEvent(const QString &location, bool readOnly = false);
    // False, having said why in one sentence, when `location` is a server event
    // (repair, backup copies: what only a file has).
    bool expectFile(const QString &location, const QString &why);
    // The positional argument at index, or empty (execute() checks the count first).
    static QString positional(const QCommandLineParser &parser, int index);
    // Fails unless exactly `count` positional arguments were given.
    bool expectPositional(const QCommandLineParser &parser, int count);
    // False, having said why, when -o names "-": other tools read that as the
    // standard output, but exports go to files only (owner-only, written whole).
    bool expectOutputFile(const QString &output, const QString &example);
    // Parses a whole number option; prints why not and returns false when it is bad.
    bool intOption(const QCommandLineParser &parser, const QString &option, int min, int max, int *value);

private:
    QString m_usage;
    bool m_verbose = false;
};
