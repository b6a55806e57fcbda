#include "cli/CliCommand.h"

#include "storage/EventFile.h"
#include "storage/StoreLocation.h"
#include "storage/StoreOpener.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};
} // namespace

QTextStream &CliCommand::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &CliCommand::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliCommand::fail(const QString &message, const QString &details)
{
    out().flush();
    err() << message << Qt::endl;
    if (m_verbose && !details.isEmpty())
        err() << Tr::tr("Details:") << '\n' << details << Qt::endl;
    return ExitUsage;
}

bool CliCommand::expectOutputFile(const QString &output, const QString &example)
{
    if (output != QLatin1String("-"))
        return true;
    fail(QStringLiteral("podium-cli %1: -o - (standard output) is not supported: name the file to write, "
                        "e.g. -o %2.")
             .arg(name(), example));
    return false;
}

int CliCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           Tr::tr("On failure, also show what SQLite or the system said."));
    parser.addOption(verboseOption);
    configure(parser);
    // helpText() starts "Usage: <argv[0]> [options] ...": name the command instead.
    m_usage = parser.helpText();
    const int afterProgram = int(m_usage.indexOf(QLatin1Char(' '), 7));
    m_usage = QStringLiteral("Usage: podium-cli %1").arg(name()) + m_usage.mid(afterProgram);
    QStringList full = args;
    full.prepend(QStringLiteral("podium-cli %1").arg(name()));
    if (!parser.parse(full))
        return fail(QStringLiteral("podium-cli %1: %2\n\n%3").arg(name(), parser.errorText(), m_usage));
    m_verbose = parser.isSet(verboseOption);
    if (parser.isSet(help)) {
        out() << m_usage;
        out().flush();
        return ExitOk;
    }
    const int code = execute(parser);
    out().flush();
    err().flush();
    return code;
}

std::unique_ptr<EventStore> CliCommand::openEvent(const QString &location, bool readOnly)
{
    EventStore::OpenOptions options;
    options.readOnly = readOnly;
    auto opened = StoreOpener::open(location, options);
    if (!opened) {
        fail(opened);
        return nullptr;
    }
    if (const auto *file = dynamic_cast<const EventFile *>(opened.value().get()))
        if (const QString note = file->recoveryNote(); !note.isEmpty())
            err() << note << Qt::endl;
    return std::move(opened).value();
}

bool CliCommand::expectFile(const QString &location, const QString &why)
{
    if (!StoreLocation::parse(location).isServer())
        return true;
    fail(Tr::tr("podium-cli %1 works on event files only: %2").arg(name(), why));
    return false;
}

QString CliCommand::positional(const QCommandLineParser &parser, int index)
{
    return parser.positionalArguments().value(index);
}

bool CliCommand::expectPositional(const QCommandLineParser &parser, int count)
{
    const int given = int(parser.positionalArguments().size());
    if (given == count)
        return true;
    fail(QStringLiteral("podium-cli %1: %2\n\n%3")
             .arg(name(),
                  given < count ? Tr::tr("missing arguments (expected %1, got %2).").arg(count).arg(given)
                                : Tr::tr("too many arguments: %1.")
                                      .arg(parser.positionalArguments().mid(count).join(QLatin1Char(' '))),
                  m_usage));
    return false;
}

bool CliCommand::intOption(const QCommandLineParser &parser, const QString &option, int min, int max, int *value)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const QString text = parser.value(option);
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        fail(Tr::tr("podium-cli %1: --%2 must be a whole number from %3 to %4, not “%5”.")
                 .arg(name(), option)
                 .arg(min)
                 .arg(max)
                 .arg(text));
        return false;
    }
    *value = int(v);
    return true;
}

QString CliCommand::count(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}
