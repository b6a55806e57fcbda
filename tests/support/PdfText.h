#pragma once

#include "support/TestSupport.h"

#include <QRectF>
#include <QRegularExpression>

// A PDF read back as a user's tools see it (poppler-utils: pdftotext, pdfinfo).
namespace test {

// The text of every page (form feeds between pages); -layout keeps columns apart.
inline QStringList pdfPages(const QString &pdf, bool layout = false)
{
    QStringList args{pdf, QStringLiteral("-")};
    if (layout)
        args.prepend(QStringLiteral("-layout"));
    const auto run = runProgram(QStringLiteral("pdftotext"), args);
    REQUIRE(run.exitCode == 0);
    QStringList pages = run.out.split(QChar(0x0c));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfText(const QString &pdf)
{
    return pdfPages(pdf).join(QLatin1Char('\n'));
}

inline int pdfPageCount(const QString &pdf)
{
    const auto run = runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(run.exitCode == 0);
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.out).captured(1).toInt();
}

struct PdfWord
{
    QRectF box; // points from the page's top-left corner; as high as the type is large
    QString text;
};

// The words of every page, where pdftotext -bbox-layout places them.
inline QList<QList<PdfWord>> pdfWords(const QString &pdf)
{
    const auto run = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    REQUIRE(run.exitCode == 0);
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<QList<PdfWord>> pages;
    const QStringList parts = run.out.split(QStringLiteral("<page "));
    for (const QString &page : parts.mid(1)) {
        QList<PdfWord> words;
        for (auto it = word.globalMatch(page); it.hasNext();) {
            const auto m = it.next();
            words << PdfWord{QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                    QPointF(m.captured(3).toDouble(), m.captured(4).toDouble())),
                             m.captured(5)};
        }
        pages << words;
    }
    return pages;
}

} // namespace test
