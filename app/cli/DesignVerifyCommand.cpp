#include "cli/CommandRegistry.h"

#include "design/CertificateVerifier.h"
#include "print/PrintData.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

namespace {
// `podium-cli design verify FILE.podium CODE`: whose certificate carries this verification code.
class DesignVerifyCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("design verify"); }
    QString summary() const override
    {
        return QStringLiteral("Check a certificate's verification code: whose certificate it is, from which design.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The code printed on the certificate, e.g. 3F2A-9C1B-77D0."));
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        const auto designs = DesignRepository(*file).all();
        if (!designs)
            return fail(designs);
        auto data = PrintData::load(*file);
        if (!data)
            return fail(data);
        const QString code = positional(parser, 1);
        const auto matches = CertificateVerifier::find(data.value(), designs.value(), code);
        if (matches.isEmpty()) {
            out() << "No certificate of this event carries the code " << code
                  << ": it was not printed by Podium from this event file, or its text was changed.\n";
            return ExitProblems;
        }
        for (const CertificateVerifier::Match &m : matches)
            out() << "Valid: the certificate “" << m.design << "” of " << m.name << " (registration " << m.participant.code
                  << (m.participant.isCheckedIn() ? ", checked in" : ", not checked in") << ").\n";
        return ExitOk;
    }
};
CommandRegistration<DesignVerifyCommand> registration;
} // namespace
