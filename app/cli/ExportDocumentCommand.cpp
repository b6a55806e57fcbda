#include "cli/ExportDocumentCommand.h"

#include "cli/CommandRegistry.h"
#include "print/PdfExport.h"
#include "print/PrintData.h"
#include "storage/EventFile.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace {
struct Registrations
{
    Registrations()
    {
        for (DocumentKind kind : DocumentKinds::all())
            CommandRegistry::add([kind] { return std::make_unique<ExportDocumentCommand>(kind); });
    }
} registrations;
} // namespace

QString ExportDocumentCommand::name() const
{
    return QStringLiteral("export ") + DocumentKinds::key(m_kind);
}

QString ExportDocumentCommand::summary() const
{
    return DocumentKinds::label(m_kind) + QStringLiteral(" as PDF: ") + DocumentKinds::description(m_kind);
}

void ExportDocumentCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The PDF file to write."), QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.pdf if it exists.")});
    parser.addOption({QStringLiteral("paper"), QStringLiteral("Paper: %1 (default a4).").arg(PrintOptions::paperKeys().join(QStringLiteral(", "))),
                      QStringLiteral("SIZE")});
    parser.addOption({QStringLiteral("layout"),
                      QStringLiteral("Badges: label sheet %1 (default %2), or custom:page=WxH,label=WxH,margin=LEFTxTOP,"
                                     "pitch=XxY,grid=COLUMNSxROWS in millimetres.")
                          .arg(LabelSheet::keyList(), LabelSheet::defaultSheet().key),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("category"),
                      QStringLiteral("Only participants of this category: %1.").arg(Vocabulary<ParticipantCategory>::keyList()),
                      QStringLiteral("C")});
    parser.addOption({QStringLiteral("status"),
                      QStringLiteral("Only participants with this status: %1 (default: all but cancelled).")
                          .arg(Vocabulary<RegistrationStatus>::keyList()),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("unprinted"), QStringLiteral("Badges: only those not printed yet.")});
    parser.addOption({QStringLiteral("all"), QStringLiteral("Certificates: everyone registered, not only those checked in.")});
    parser.addOption({QStringLiteral("crop-marks"), QStringLiteral("Badges: print crop marks for cutting.")});
    parser.addOption({QStringLiteral("photo-mark"),
                      QStringLiteral("Badges: mark participants who did not consent to photos, on or off (default on)."),
                      QStringLiteral("on|off")});
}

bool ExportDocumentCommand::refuseUnused(const QCommandLineParser &parser, const QString &option, bool used)
{
    if (used || !parser.isSet(option))
        return true;
    fail(QStringLiteral("podium-cli %1: --%2 does not apply to %3.").arg(name(), option, DocumentKinds::label(m_kind).toLower()));
    return false;
}

bool ExportDocumentCommand::readOptions(const QCommandLineParser &parser, PrintOptions &options)
{
    options.kind = m_kind;
    const DocumentKind k = m_kind;
    if (!refuseUnused(parser, QStringLiteral("paper"), DocumentKinds::usesPaper(k))
        || !refuseUnused(parser, QStringLiteral("layout"), DocumentKinds::usesLabelSheet(k))
        || !refuseUnused(parser, QStringLiteral("crop-marks"), DocumentKinds::usesLabelSheet(k))
        || !refuseUnused(parser, QStringLiteral("photo-mark"), DocumentKinds::usesLabelSheet(k))
        || !refuseUnused(parser, QStringLiteral("category"), DocumentKinds::usesCategory(k))
        || !refuseUnused(parser, QStringLiteral("status"), DocumentKinds::usesCategory(k))
        || !refuseUnused(parser, QStringLiteral("unprinted"), DocumentKinds::usesUnprinted(k))
        || !refuseUnused(parser, QStringLiteral("all"), DocumentKinds::usesAllRegistered(k)))
        return false;
    if (parser.isSet(QStringLiteral("paper"))) {
        const auto paper = PrintOptions::paperFromKey(parser.value(QStringLiteral("paper")));
        if (!paper) {
            fail(QStringLiteral("podium-cli %1: unknown paper “%2”: expected one of %3.")
                     .arg(name(), parser.value(QStringLiteral("paper")), PrintOptions::paperKeys().join(QStringLiteral(", "))));
            return false;
        }
        options.paper = *paper;
    }
    if (parser.isSet(QStringLiteral("layout"))) {
        const auto sheet = LabelSheet::byKey(parser.value(QStringLiteral("layout")));
        if (!sheet) {
            fail(QStringLiteral("podium-cli %1: %2").arg(name(), sheet.error()));
            return false;
        }
        options.labelSheet = sheet.value();
    }
    if (parser.isSet(QStringLiteral("category"))) {
        options.category = Vocabulary<ParticipantCategory>::fromKey(parser.value(QStringLiteral("category")));
        if (!options.category) {
            fail(QStringLiteral("podium-cli %1: unknown category “%2”: expected one of %3.")
                     .arg(name(), parser.value(QStringLiteral("category")), Vocabulary<ParticipantCategory>::keyList()));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("status"))) {
        options.status = Vocabulary<RegistrationStatus>::fromKey(parser.value(QStringLiteral("status")));
        if (!options.status) {
            fail(QStringLiteral("podium-cli %1: unknown status “%2”: expected one of %3.")
                     .arg(name(), parser.value(QStringLiteral("status")), Vocabulary<RegistrationStatus>::keyList()));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("photo-mark"))) {
        const QString value = parser.value(QStringLiteral("photo-mark")).toLower();
        if (value != QLatin1String("on") && value != QLatin1String("off")) {
            fail(QStringLiteral("podium-cli %1: --photo-mark takes on or off, not “%2”.").arg(name(), value));
            return false;
        }
        options.noPhotoMark = value == QLatin1String("on");
    }
    options.unprintedOnly = parser.isSet(QStringLiteral("unprinted"));
    options.allRegistered = parser.isSet(QStringLiteral("all"));
    options.cropMarks = parser.isSet(QStringLiteral("crop-marks"));
    return true;
}

int ExportDocumentCommand::execute(const QCommandLineParser &parser)
{
    if (!expectPositional(parser, 1))
        return ExitUsage;
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(QStringLiteral("podium-cli %1: name the PDF to write with -o OUT.pdf.").arg(name()));
    if (!expectOutputFile(output, QStringLiteral("OUT.pdf")))
        return ExitUsage;
    PrintOptions options;
    if (!readOptions(parser, options))
        return ExitUsage;
    auto file = openEvent(positional(parser, 0), true);
    if (!file)
        return ExitUsage;
    auto data = PrintData::load(*file);
    if (!data)
        return fail(data.error());
    QElapsedTimer timer;
    timer.start();
    const auto pages = PdfExport::write(data.value(), options, output, parser.isSet(QStringLiteral("force")));
    if (!pages) {
        err() << pages.error() << Qt::endl;
        // Nothing to print is a finding about the event; a file we may not write is bad usage.
        return QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")) ? ExitUsage : ExitProblems;
    }
    out() << "Wrote " << output << ": " << DocumentKinds::label(m_kind) << ", " << pages.value() << " page(s) in "
          << timer.elapsed() << " ms\n";
    return ExitOk;
}
