#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

// Lets Catch print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace test {

// A fresh folder for one test's files, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs podium-cli with these arguments (no display, fresh environment).
CliRun runCli(const QStringList &args, int timeoutMs = 120000);
// Runs any program; exitCode -1 when it could not start.
CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000);
// Whether a program is on the PATH (tests needing an external tool skip without it).
bool haveProgram(const QString &program);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray sha256(const QString &path);
// A file in tests/fixtures.
QString fixture(const QString &name);

} // namespace test
