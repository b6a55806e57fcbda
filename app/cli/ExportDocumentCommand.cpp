#include "cli/ExportDocumentCommand.h"

#include "cli/CommandRegistry.h"
#include "print/BadgePrintedMarks.h"
#include "print/ParticipantSelection.h"
#include "print/PdfExport.h"
#include "print/PrintData.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

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

namespace {
// Every option of the printed documents, and which documents take it.
struct DocumentOption
{
    QCommandLineOption option;
    bool (*applies)(DocumentKind);
};

const std::vector<DocumentOption> &documentOptions()
{
    static const std::vector<DocumentOption> list = {
        {{QStringLiteral("paper"), QString::fromUtf8("Paper: %1 (default a4).").arg(PrintOptions::paperKeys().join(QStringLiteral(", "))),
          QStringLiteral("SIZE")},
         DocumentKinds::usesPaper},
        {{QStringLiteral("layout"),
          QString::fromUtf8("Label sheet %1 (default %2), or custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS in millimetres.")
              .arg(LabelSheet::keyList(), LabelSheet::defaultSheet().key),
          QStringLiteral("NAME")},
         DocumentKinds::usesLabelSheet},
        {{QStringLiteral("preset"), QString::fromUtf8("The same as --layout: a label sheet or label printer preset."), QStringLiteral("NAME")},
         DocumentKinds::usesLabelSheet},
        {{QStringLiteral("design"),
          QString::fromUtf8("The event's design to print (see design list; default: the standard badge or certificate)."),
          QStringLiteral("NAME")},
         DocumentKinds::usesDesign},
        {{QStringLiteral("calibration"),
          QString::fromUtf8("The printer's calibration: X,Y offset in millimetres, then optionally the scale (1.0) or X and Y "
                            "scales, e.g. 1.5,-0.8,0.995."),
          QStringLiteral("X,Y[,SCALE[,SCALEY]]")},
         DocumentKinds::usesDesign},
        {{QStringLiteral("category"), QString::fromUtf8("Only participants of this category: %1.").arg(Vocabulary<ParticipantCategory>::keyList()),
          QStringLiteral("C")},
         DocumentKinds::usesCategory},
        {{QStringLiteral("status"), QString::fromUtf8("Only participants with this status: %1 (default: %2).")
                                         .arg(Vocabulary<RegistrationStatus>::keyList()),
          QStringLiteral("S")},
         DocumentKinds::usesCategory},
        {{QStringLiteral("only"), QString::fromUtf8("Reprint: only the participants with these registration codes or names (comma-separated)."),
          QStringLiteral("WHO")},
         DocumentKinds::usesOnly},
        {{QStringLiteral("unprinted"), QString::fromUtf8("Only badges not printed yet.")}, DocumentKinds::usesUnprinted},
        {{QStringLiteral("mark-printed"), QString::fromUtf8("Mark the badges written as printed (then --unprinted leaves them out).")},
         DocumentKinds::usesUnprinted},
        {{QStringLiteral("all"), QString::fromUtf8("Everyone registered, not only those checked in.")}, DocumentKinds::usesAllRegistered},
        {{QStringLiteral("crop-marks"), QString::fromUtf8("Print crop marks for cutting.")}, DocumentKinds::usesLabelSheet},
        {{QStringLiteral("photo-mark"), QString::fromUtf8("Mark participants who did not consent to photos, on or off (default on)."),
          QStringLiteral("on|off")},
         DocumentKinds::usesLabelSheet},
        {{QStringLiteral("rooms-per-page"),
          QString::fromUtf8("Rooms side by side on one page (default: as many as keep every title at 8 pt; never below 7 pt)."),
          QStringLiteral("N")},
         DocumentKinds::usesRoomsPerPage},
        {{QStringLiteral("bleed"),
          QString::fromUtf8("For a print shop: colour bands run 3 mm past the page's edges, on a larger sheet with crop marks "
                            "(default: everything stays 5 mm inside the paper, where office printers reach).")},
         DocumentKinds::usesBleed},
        {{QStringLiteral("blank-lines"),
          QString::fromUtf8("Blank lines on the sheets of sessions other than plenaries, which list everyone (default: the "
                            "session's expected attendance, else the room's capacity, else 30)."),
          QStringLiteral("N")},
         DocumentKinds::usesBlankLines},
    };
    return list;
}
} // namespace

void ExportDocumentCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The PDF file to write."), QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.pdf if it exists.")});
    // The help lists what this document takes; the others are still known, so that
    // giving one says it does not apply rather than that it does not exist.
    for (const DocumentOption &o : documentOptions()) {
        QCommandLineOption option = o.option;
        if (option.names().first() == QLatin1String("status"))
            option.setDescription(option.description().arg(ParticipantSelection::defaultStatusLabel(m_kind).toLower()));
        if (!o.applies(m_kind))
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
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
    for (const DocumentOption &o : documentOptions())
        if (!refuseUnused(parser, o.option.names().first(), o.applies(k)))
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
    if (parser.isSet(QStringLiteral("layout")) && parser.isSet(QStringLiteral("preset"))) {
        fail(QStringLiteral("podium-cli %1: give --layout or --preset, not both (they are the same).").arg(name()));
        return false;
    }
    for (const QString &option : {QStringLiteral("layout"), QStringLiteral("preset")}) {
        if (!parser.isSet(option))
            continue;
        const auto sheet = LabelSheet::byKey(parser.value(option));
        if (!sheet) {
            fail(QStringLiteral("podium-cli %1: %2").arg(name(), sheet.error()));
            return false;
        }
        options.labelSheet = sheet.value();
    }
    if (parser.isSet(QStringLiteral("calibration"))) {
        const QStringList parts = parser.value(QStringLiteral("calibration")).split(QLatin1Char(','));
        QList<qreal> numbers;
        for (const QString &part : parts) {
            bool ok = false;
            numbers << part.trimmed().toDouble(&ok);
            if (!ok)
                numbers.clear();
            if (!ok)
                break;
        }
        const bool valid = (numbers.size() >= 2 && numbers.size() <= 4) && qAbs(numbers[0]) <= 50 && qAbs(numbers[1]) <= 50
            && (numbers.size() < 3 || (numbers[2] >= 0.8 && numbers[2] <= 1.2))
            && (numbers.size() < 4 || (numbers[3] >= 0.8 && numbers[3] <= 1.2));
        if (!valid) {
            fail(QStringLiteral("podium-cli %1: --calibration takes X,Y in millimetres (up to 50), then a scale between 0.8 and 1.2 "
                                "or two, e.g. 1.5,-0.8,0.995; not “%2”.")
                     .arg(name(), parser.value(QStringLiteral("calibration"))));
            return false;
        }
        options.calibration.offsetXMm = numbers[0];
        options.calibration.offsetYMm = numbers[1];
        options.calibration.scaleX = numbers.size() > 2 ? numbers[2] : 1;
        options.calibration.scaleY = numbers.size() > 3 ? numbers[3] : options.calibration.scaleX;
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
    if (!intOption(parser, QStringLiteral("rooms-per-page"), 1, 200, &options.roomsPerPage))
        return false;
    if (!intOption(parser, QStringLiteral("blank-lines"), 0, 1000, &options.blankLines))
        return false;
    options.bleed = parser.isSet(QStringLiteral("bleed"));
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
    const bool markPrinted = parser.isSet(QStringLiteral("mark-printed"));
    auto file = openEvent(positional(parser, 0), !markPrinted);
    if (!file)
        return ExitUsage;
    if (parser.isSet(QStringLiteral("design")) && !useDesign(*file, parser, options))
        return ExitUsage;
    auto data = PrintData::load(*file, PrintData::scopeFor(options.kind));
    if (!data)
        return fail(data);
    if (parser.isSet(QStringLiteral("only"))) {
        options.onlyParticipants = ParticipantSelection::matching(data.value(), parser.value(QStringLiteral("only")));
        if (options.onlyParticipants->isEmpty())
            return fail(QStringLiteral("podium-cli %1: no participant's name or registration code matches “%2”.")
                            .arg(name(), parser.value(QStringLiteral("only"))));
    }
    QElapsedTimer timer;
    timer.start();
    const auto pages = PdfExport::write(data.value(), options, output, parser.isSet(QStringLiteral("force")));
    if (!pages) {
        // Nothing to print is a finding about the event; a file that cannot
        // be written (exists, no space, no permission) fails as every other command's does.
        const bool fileProblem = !pages.details().isEmpty() || (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")));
        if (fileProblem)
            return fail(pages);
        err() << pages.error() << Qt::endl;
        return ExitProblems;
    }
    out() << "Wrote " << output << ": " << DocumentKinds::label(m_kind) << ", " << count(pages.value(), "page", "pages") << " in "
          << timer.elapsed() << " ms\n";
    if (markPrinted) {
        const QList<Participant> printed = ParticipantSelection(data.value(), options).participants();
        const Status marked = BadgePrintedMarks::markPrinted(*file, printed);
        if (!marked) {
            err() << QStringLiteral("podium-cli %1: the PDF is written but the badges could not be marked printed: %2")
                         .arg(name(), marked.error())
                  << Qt::endl;
            return ExitProblems;
        }
        out() << "Marked " << count(printed.size(), "badge", "badges") << " printed.\n";
    }
    return ExitOk;
}

bool ExportDocumentCommand::useDesign(const EventStore &file, const QCommandLineParser &parser, PrintOptions &options)
{
    const QString wanted = parser.value(QStringLiteral("design")).trimmed();
    if (wanted.compare(Design::standardName(), Qt::CaseInsensitive) == 0)
        return true;
    const DesignRepository designs(file);
    const auto design = designs.byName(wanted);
    if (!design) {
        fail(QStringLiteral("podium-cli %1: %2").arg(name(), design.error()));
        return false;
    }
    const Design::Kind kind = m_kind == DocumentKind::Certificates ? Design::Kind::Certificate : Design::Kind::Badge;
    if (design->kind != kind) {
        fail(QStringLiteral("podium-cli %1: “%2” is a %3 design, not a %4 design.")
                 .arg(name(), design->name, Design::kindKey(design->kind), Design::kindKey(kind)));
        return false;
    }
    const auto images = designs.imagesFor(design.value());
    if (!images) {
        fail(QStringLiteral("podium-cli %1: %2").arg(name(), images.error()));
        return false;
    }
    // The sheet the design was made for, unless the command line names another.
    if (!design->preset.isEmpty() && !parser.isSet(QStringLiteral("layout")) && !parser.isSet(QStringLiteral("preset"))) {
        const auto sheet = LabelSheet::byKey(design->preset);
        if (sheet)
            options.labelSheet = sheet.value();
    }
    options.design = design.value();
    options.designImages = images.value();
    return true;
}
