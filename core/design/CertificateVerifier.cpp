#include "design/CertificateVerifier.h"

#include "design/DesignPainter.h"
#include "design/DesignSubject.h"
#include "print/PrintData.h"
#include "print/PrintedName.h"

#include <QRegularExpression>

namespace {
QString normalised(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

// The code as the certificate prints it (its element may say more: "Verification code 3F2A-...").
QString codeIn(const Design &design, const DesignSubject &subject)
{
    static const QRegularExpression pattern(QStringLiteral("[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}"));
    for (const DesignSide *side : {&design.front, &design.back}) {
        if (side == &design.back && !design.hasBack())
            break;
        for (const DesignPainter::Placed &p : DesignPainter::place(design, *side, subject))
            if (p.shown && p.element->text.contains(QLatin1String("{verification_code}")))
                if (const auto m = pattern.match(p.text); m.hasMatch())
                    return m.captured(0);
    }
    return QString();
}
} // namespace

QString CertificateVerifier::codeOf(const PrintData &data, const Design &design, const Participant &participant)
{
    if (design.kind != Design::Kind::Certificate || !design.certificate.verificationCode)
        return QString();
    return codeIn(design, DesignSubjects(data, design).of(participant));
}

QList<CertificateVerifier::Match> CertificateVerifier::find(const PrintData &data, const QList<Design> &designs, const QString &code)
{
    QList<Match> found;
    const QString wanted = normalised(code);
    if (wanted.size() != 12)
        return found;
    for (const Design &design : designs) {
        if (design.kind != Design::Kind::Certificate || !design.certificate.verificationCode)
            continue;
        const DesignSubjects subjects(data, design);
        for (const Participant &participant : data.participants) {
            if (normalised(codeIn(design, subjects.of(participant))) == wanted) {
                const Person *person = data.person(participant.personId);
                found << Match{design.name, participant, person ? PrintedName::of(*person).withHonorific() : QString()};
            }
        }
    }
    return found;
}
