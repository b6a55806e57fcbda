#include "cli/CommandRegistry.h"

#include "design/DesignFile.h"
#include "print/LabelSheet.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

#include <QRegularExpression>

namespace {
// `podium-cli design new FILE.podium NAME`: a design to start from, stored in the
// event: the standard badge for a sheet, or a certificate with its signatory.
// Change it in the GUI's designer, or export it, edit the JSON and import it again.
class DesignNewCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("design new"); }
    QString summary() const override
    {
        return QStringLiteral("Start a design: the standard badge for a label sheet, or a certificate with its signatory.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The new design's name."));
        parser.addOption({QStringLiteral("certificate"), QStringLiteral("A certificate (default: a badge).")});
        parser.addOption({QStringLiteral("preset"), QStringLiteral("A badge for this label sheet or printer (default %1).")
                                                        .arg(LabelSheet::defaultSheet().key),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("size"), QStringLiteral("The side's size in millimetres (certificates: default 297x210)."),
                          QStringLiteral("WxH")});
        parser.addOption({QStringLiteral("sides"),
                          QStringLiteral("Badges: front-only (default), duplex-long-edge, duplex-short-edge, fold-top or fold-side: a back "
                                         "with the name, the person's sessions and a Wi-Fi line."),
                          QStringLiteral("MODE")});
        parser.addOption({QStringLiteral("map"), QStringLiteral("Badges with a back: the venue map, a PNG, JPEG or SVG image."),
                          QStringLiteral("IMAGE")});
        parser.addOption({QStringLiteral("signatory"), QStringLiteral("Certificates: who signs."), QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("signatory-title"), QStringLiteral("Certificates: the signatory's title."), QStringLiteral("TITLE")});
        parser.addOption({QStringLiteral("signature"), QStringLiteral("Certificates: the signature, a PNG, JPEG or SVG image."),
                          QStringLiteral("IMAGE")});
        parser.addOption({QStringLiteral("issued"), QStringLiteral("Certificates: the date of issue (default: the day printed; with --verification, today)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("verification"), QStringLiteral("Certificates: print a verification code and its QR code.")});
        parser.addOption({QStringLiteral("replace"), QStringLiteral("Replace the event's design of the same name.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const bool certificate = parser.isSet(QStringLiteral("certificate"));
        for (const char *option : {"signatory", "signatory-title", "signature", "issued", "verification"})
            if (!certificate && parser.isSet(QLatin1String(option)))
                return fail(QStringLiteral("podium-cli design new: --%1 is for certificates (add --certificate).").arg(QLatin1String(option)));
        if (certificate && (parser.isSet(QStringLiteral("preset")) || parser.isSet(QStringLiteral("sides")) || parser.isSet(QStringLiteral("map"))))
            return fail(QStringLiteral("podium-cli design new: --preset, --sides and --map are for badges; give a certificate its --size."));
        Design::Sides sides = Design::Sides::FrontOnly;
        if (parser.isSet(QStringLiteral("sides")) && !Design::sidesFromKey(parser.value(QStringLiteral("sides")), &sides))
            return fail(QStringLiteral("podium-cli design new: --sides takes front-only, duplex-long-edge, duplex-short-edge, fold-top or "
                                       "fold-side, not “%1”.")
                            .arg(parser.value(QStringLiteral("sides"))));
        if (parser.isSet(QStringLiteral("map")) && sides == Design::Sides::FrontOnly)
            return fail(QStringLiteral("podium-cli design new: a map goes on the back: give --sides too."));
        QSizeF size;
        if (parser.isSet(QStringLiteral("size"))) {
            const auto m = QRegularExpression(QStringLiteral("^\\s*([0-9.]+)\\s*[xX×]\\s*([0-9.]+)\\s*$")).match(parser.value(QStringLiteral("size")));
            size = m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
            if (size.width() < 10 || size.height() < 10 || size.width() > 2000 || size.height() > 2000)
                return fail(QStringLiteral("podium-cli design new: --size takes WIDTHxHEIGHT in millimetres, from 10 to 2000, e.g. 90x55."));
        }
        auto file = openEvent(positional(parser, 0));
        if (!file)
            return ExitUsage;
        const DesignRepository designs(*file);
        Design design;
        QList<DesignImage> images;
        if (certificate) {
            CertificateDetails details;
            details.signatoryName = parser.value(QStringLiteral("signatory"));
            details.signatoryTitle = parser.value(QStringLiteral("signatory-title"));
            details.verificationCode = parser.isSet(QStringLiteral("verification"));
            if (parser.isSet(QStringLiteral("issued"))) {
                details.issueDate = QDate::fromString(parser.value(QStringLiteral("issued")), Qt::ISODate);
                if (!details.issueDate.isValid())
                    return fail(QStringLiteral("podium-cli design new: --issued takes a date as YYYY-MM-DD, not “%1”.")
                                    .arg(parser.value(QStringLiteral("issued"))));
            }
            // A code that verifies later needs the date it was issued on, not the day it is printed again.
            if (details.verificationCode && !details.issueDate.isValid())
                details.issueDate = QDate::currentDate();
            if (parser.isSet(QStringLiteral("signature"))) {
                const auto image = DesignFile::addImage(designs, parser.value(QStringLiteral("signature")));
                if (!image)
                    return fail(image);
                details.signatureImageId = image->id;
                images << image.value();
            }
            design = Design::standardCertificate(size.isEmpty() ? QSizeF(297, 210) : size, details);
        } else {
            const auto sheet = LabelSheet::byKey(parser.value(QStringLiteral("preset")).isEmpty() ? LabelSheet::defaultSheet().key
                                                                                                : parser.value(QStringLiteral("preset")));
            if (!sheet)
                return fail(QStringLiteral("podium-cli design new: %1").arg(sheet.error()));
            // A fold-over badge is half the label.
            QSizeF side = size.isEmpty() ? sheet->label : size;
            if (size.isEmpty() && sides == Design::Sides::FoldTop)
                side.setHeight(side.height() / 2);
            if (size.isEmpty() && sides == Design::Sides::FoldSide)
                side.setWidth(side.width() / 2);
            design = Design::standardBadge(side);
            if (parser.isSet(QStringLiteral("preset")))
                design.preset = sheet->key;
            design.sides = sides;
            if (sides != Design::Sides::FrontOnly) {
                QString map;
                if (parser.isSet(QStringLiteral("map"))) {
                    const auto image = DesignFile::addImage(designs, parser.value(QStringLiteral("map")));
                    if (!image)
                        return fail(image);
                    map = image->id;
                    images << image.value();
                }
                design.back = Design::standardBack(side, map);
            }
        }
        design.name = positional(parser, 1).trimmed();
        if (design.name.isEmpty())
            return fail(QStringLiteral("podium-cli design new: give the design a name."));
        if (design.name.compare(Design::standardName(), Qt::CaseInsensitive) == 0)
            return fail(QStringLiteral("podium-cli design new: “%1” is the built-in badge's name; choose another.").arg(design.name));
        const Status stored = designs.import(design, images, parser.isSet(QStringLiteral("replace")));
        if (!stored)
            return fail(stored);
        out() << "Created the " << Design::kindKey(design.kind) << " design " << design.name << ", "
              << QStringLiteral("%1 x %2 mm").arg(design.size.width()).arg(design.size.height()) << ".\n";
        return ExitOk;
    }
};
CommandRegistration<DesignNewCommand> registration;
} // namespace
