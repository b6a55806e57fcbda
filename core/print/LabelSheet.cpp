#include "print/LabelSheet.h"

#include "print/PageCanvas.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {
constexpr qreal inch = 25.4;
constexpr qreal tolerance = 0.05; // mm: printed sheet data is rounded to 0.05 mm

QString tr(const char *text)
{
    return QCoreApplication::translate("LabelSheet", text);
}

QString number(qreal mm)
{
    return QString::number(mm, 'g', 6);
}
} // namespace

QRectF LabelSheet::labelRect(int index) const
{
    const int column = index % columns;
    const int row = index / columns;
    const qreal k = PageCanvas::pointsPerMm;
    return QRectF((left + column * pitchX) * k, (top + row * pitchY) * k, label.width() * k, label.height() * k);
}

QSizeF LabelSheet::pageSizePoints() const
{
    return page * PageCanvas::pointsPerMm;
}

Status LabelSheet::validate() const
{
    if (page.width() <= 0 || page.height() <= 0 || label.width() <= 0 || label.height() <= 0)
        return Status::failure(tr("The paper and the label need a width and a height above 0 mm."));
    if (columns < 1 || rows < 1 || columns > 20 || rows > 40)
        return Status::failure(tr("A sheet has 1 to 20 columns and 1 to 40 rows of labels."));
    if (label.width() < 30 || label.height() < 20)
        return Status::failure(tr("A badge needs at least 30 x 20 mm to hold a name and a QR code."));
    if ((columns > 1 && pitchX + tolerance < label.width()) || (rows > 1 && pitchY + tolerance < label.height()))
        return Status::failure(tr("The pitch (%1 x %2 mm) is smaller than the label (%3 x %4 mm): labels would overlap.")
                                   .arg(number(pitchX), number(pitchY), number(label.width()), number(label.height())));
    const qreal right = qMax(left, 0.0) + (columns - 1) * pitchX + label.width();
    const qreal bottom = qMax(top, 0.0) + (rows - 1) * pitchY + label.height();
    if (right > page.width() + tolerance || bottom > page.height() + tolerance)
        return Status::failure(tr("The labels need %1 x %2 mm but the paper is %3 x %4 mm.")
                                   .arg(number(right), number(bottom), number(page.width()), number(page.height())));
    if (left < 0 || top < 0)
        return Status::failure(tr("The margins cannot be negative."));
    return Status();
}

QString LabelSheet::toSpec() const
{
    auto pair = [](qreal a, qreal b) { return number(a) + QLatin1Char('x') + number(b); };
    return QStringLiteral("custom:page=%1,label=%2,margin=%3,pitch=%4,grid=%5x%6")
        .arg(pair(page.width(), page.height()), pair(label.width(), label.height()), pair(left, top),
             pair(pitchX, pitchY))
        .arg(columns)
        .arg(rows);
}

Result<LabelSheet> LabelSheet::fromSpec(const QString &spec)
{
    const QString usage = tr("Write a custom sheet as custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS "
                             "(millimetres), e.g. %1.")
                              .arg(builtIn().at(1).toSpec());
    QString body = spec.trimmed();
    if (!body.startsWith(QLatin1String("custom:"), Qt::CaseInsensitive))
        return Result<LabelSheet>::failure(usage);
    body = body.mid(7);
    LabelSheet sheet;
    sheet.key = QStringLiteral("custom");
    sheet.name = tr("Custom");
    QStringList seen;
    static const QRegularExpression part(QStringLiteral("^\\s*(\\w+)\\s*=\\s*([0-9.]+)\\s*[xX×]\\s*([0-9.]+)\\s*$"));
    for (const QString &item : body.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = part.match(item);
        bool okA = false, okB = false;
        const qreal a = m.hasMatch() ? m.captured(2).toDouble(&okA) : 0;
        const qreal b = m.hasMatch() ? m.captured(3).toDouble(&okB) : 0;
        if (!okA || !okB)
            return Result<LabelSheet>::failure(tr("“%1” is not NAME=NUMBERxNUMBER. %2").arg(item.trimmed(), usage));
        const QString name = m.captured(1).toLower();
        if (name == QLatin1String("page"))
            sheet.page = QSizeF(a, b);
        else if (name == QLatin1String("label"))
            sheet.label = QSizeF(a, b);
        else if (name == QLatin1String("margin"))
            sheet.left = a, sheet.top = b;
        else if (name == QLatin1String("pitch"))
            sheet.pitchX = a, sheet.pitchY = b;
        else if (name == QLatin1String("grid")) {
            if (a != int(a) || b != int(b))
                return Result<LabelSheet>::failure(tr("grid= takes whole numbers of columns and rows, not “%1”.").arg(item.trimmed()));
            sheet.columns = int(a), sheet.rows = int(b);
        } else
            return Result<LabelSheet>::failure(tr("Unknown part “%1”. %2").arg(name, usage));
        seen << name;
    }
    for (const char *needed : {"page", "label", "grid"})
        if (!seen.contains(QLatin1String(needed)))
            return Result<LabelSheet>::failure(tr("The custom sheet has no %1=. %2").arg(QLatin1String(needed), usage));
    // Without a pitch the labels touch; without margins the grid is centred.
    if (!seen.contains(QLatin1String("pitch")))
        sheet.pitchX = sheet.label.width(), sheet.pitchY = sheet.label.height();
    if (!seen.contains(QLatin1String("margin"))) {
        sheet.left = (sheet.page.width() - (sheet.columns - 1) * sheet.pitchX - sheet.label.width()) / 2;
        sheet.top = (sheet.page.height() - (sheet.rows - 1) * sheet.pitchY - sheet.label.height()) / 2;
    }
    const Status valid = sheet.validate();
    if (!valid)
        return Result<LabelSheet>::failure(valid.error());
    return sheet;
}

const QList<LabelSheet> &LabelSheet::builtIn()
{
    static const QList<LabelSheet> sheets = [] {
        QList<LabelSheet> list;
        // A6 badges (105 x 148 mm, the size of common badge holders), four to an A4 page:
        // cut once across and once down.
        list.append({QStringLiteral("a6-4up"), tr("A6 badges, 4 per A4 page"), {210, 297}, {105, 148},
                     0, 0.5, 105, 148, 2, 2});
        // Credit-card size (ISO/IEC 7810 ID-1, 85.60 x 53.98 mm) for card holders and lanyards,
        // ten to an A4 page, the grid centred with 4 mm gutters: a cut a little off the line
        // then misses the next card, and the top row keeps 5.5 mm from the paper's edge.
        list.append({QStringLiteral("card-10up"), tr("Credit-card badges, 10 per A4 page"), {210, 297},
                     {85.6, 53.98}, (210 - 2 * 85.6 - 4) / 2, (297 - 5 * 53.98 - 4 * 4) / 2, 85.6 + 4, 53.98 + 4, 2, 5});
        // Avery L7165 (A4, 8 labels of 99.1 x 67.7 mm, 2 x 4): left margin 4.65 mm, top margin 13.1 mm,
        // horizontal pitch 101.6 mm, vertical pitch 67.7 mm, as in Inkscape's label guides extension
        // (share/extensions/label_guides.py, preset 'L7165') and Avery's L7165 template.
        list.append({QStringLiteral("avery-l7165"), tr("Avery L7165 labels (99.1 x 67.7 mm, 8 per A4 sheet)"),
                     {210, 297}, {99.1, 67.7}, 4.65, 13.1, 101.6, 67.7, 2, 4});
        // Avery 5395 "Name Badge Labels" (US Letter, 8 labels of 3 3/8 x 2 1/3 in, 2 x 4): first label at
        // 0.6875 in from the left and 0.583333 in from the top, pitch 3.75 x 2.5 in, as in gLabels'
        // templates/avery-us-templates.xml (Template brand="Avery" part="5395").
        list.append({QStringLiteral("avery-5395"), tr("Avery 5395 name badge labels (3⅜ x 2⅓ in, 8 per US Letter sheet)"),
                     {8.5 * inch, 11 * inch}, {3.375 * inch, (7.0 / 3.0) * inch}, 0.6875 * inch,
                     (7.0 / 12.0) * inch, 3.75 * inch, 2.5 * inch, 2, 4});
        // A7 badges (74 x 105 mm, ISO 216), eight to an A4 page as four rows of two landscape
        // badges (105 x 74 mm): 210 x 296 mm, the half millimetre left over split above and below.
        list.append({QStringLiteral("a7-8up"), tr("A7 badges, 8 per A4 page"), {210, 297}, {105, 74}, 0, 0.5, 105, 74, 2, 4});
        // Avery L7163 (A4, 14 labels of 99.1 x 38.1 mm, 2 x 7): side margin 4.65 mm, top margin 15.15 mm,
        // pitch 101.6 x 38.1 mm, as on Avery's L7163 template; LibreOffice's Labels.xcu gives the same
        // geometry for the inkjet twin C2163 ("S;10160;3810;9906;3810;467;1515;2;7", 1/100 mm).
        list.append({QStringLiteral("avery-l7163"), tr("Avery L7163 labels (99.1 x 38.1 mm, 14 per A4 sheet)"),
                     {210, 297}, {99.1, 38.1}, 4.65, 15.15, 101.6, 38.1, 2, 7});
        // Avery 5392 "Insertable Name Badges" (US Letter, six 4 x 3 in inserts, 2 x 3): 0.25 in from the
        // left, 1 in from the top, the inserts touching (Paper::Specs::Avery::5392 on CPAN, from Avery's data).
        list.append({QStringLiteral("avery-5392"), tr("Avery 5392 badge inserts (4 x 3 in, 6 per US Letter sheet)"),
                     {8.5 * inch, 11 * inch}, {4 * inch, 3 * inch}, 0.25 * inch, 1 * inch, 4 * inch, 3 * inch, 2, 3});
        // Plain US Letter card stock cut into 4 x 3 in badges (the common badge-holder insert), six to a
        // sheet, the grid centred: the same places as Avery 5392, so the perforated sheets fit too.
        list.append({QStringLiteral("letter-4x3"), tr("4 x 3 in badges, 6 per US Letter page"), {8.5 * inch, 11 * inch},
                     {4 * inch, 3 * inch}, 0.25 * inch, 1 * inch, 4 * inch, 3 * inch, 2, 3});
        // HERMA 4099 (A4, 10 labels of 96 x 50.8 mm, 2 x 5): first label 8 mm from the left and 21.5 mm from
        // the top, pitch 99 x 50.8 mm, as in gLabels' templates/herma-iso-templates.xml (part="4099"); a
        // stick-on badge size.
        list.append({QStringLiteral("herma-4099"), tr("HERMA 4099 labels (96 x 50.8 mm, 10 per A4 sheet)"), {210, 297},
                     {96, 50.8}, 8, 21.5, 99, 50.8, 2, 5});
        // Label printers: one label per page, the page the label's size.
        // Brother DK-22205, continuous paper tape 62 mm wide (gLabels' brother-other-templates.xml: 61.98 mm,
        // default length 100 mm); the length is cut to the design.
        list << labelPrinter(QStringLiteral("brother-ql-62"), tr("Brother QL, 62 mm continuous tape (DK-22205)"), {62, 100}, true);
        // Brother DK-11202 shipping labels, 62 x 100 mm (gLabels: 61.98 x 99.82 mm, Brother's 2.4 x 3.9 in).
        list << labelPrinter(QStringLiteral("brother-ql-62x100"), tr("Brother QL, 62 x 100 mm labels (DK-11202)"), {62, 100});
        // Dymo 99014 shipping / name badge labels, 54 x 101 mm (gLabels' dymo-other-templates.xml, part="99014").
        list << labelPrinter(QStringLiteral("dymo-54x101"), tr("Dymo LabelWriter, 54 x 101 mm labels (99014)"), {54, 101});
        // Zebra desktop printers' 4 x 3 in direct thermal labels (101.6 x 76.2 mm; the ZT200 series takes
        // labels 19 to 114 mm wide, docs.zebra.com "Media Specifications").
        list << labelPrinter(QStringLiteral("zebra-4x3"), tr("Zebra, 4 x 3 in labels"), {4 * inch, 3 * inch});
        return list;
    }();
    return sheets;
}

LabelSheet LabelSheet::labelPrinter(const QString &key, const QString &name, QSizeF label, bool continuous)
{
    LabelSheet sheet;
    sheet.key = key;
    sheet.name = name;
    sheet.page = label;
    sheet.label = label;
    sheet.pitchX = label.width();
    sheet.pitchY = label.height();
    sheet.continuous = continuous;
    return sheet;
}

Result<LabelSheet> LabelSheet::byKey(const QString &keyOrSpec)
{
    for (const LabelSheet &sheet : builtIn())
        if (keyOrSpec.trimmed().compare(sheet.key, Qt::CaseInsensitive) == 0)
            return sheet;
    if (keyOrSpec.trimmed().startsWith(QLatin1String("custom"), Qt::CaseInsensitive))
        return fromSpec(keyOrSpec);
    return Result<LabelSheet>::failure(
        tr("Unknown badge layout “%1”: expected one of %2, or custom:page=WxH,label=WxH,margin=LEFTxTOP,pitch=XxY,grid=COLUMNSxROWS.")
            .arg(keyOrSpec, keyList()));
}

QString LabelSheet::keyList()
{
    QStringList keys;
    for (const LabelSheet &sheet : builtIn())
        keys << sheet.key;
    return keys.join(QStringLiteral(", "));
}

bool LabelSheet::operator==(const LabelSheet &o) const
{
    return key == o.key && page == o.page && label == o.label && qFuzzyCompare(left + 1, o.left + 1)
        && qFuzzyCompare(top + 1, o.top + 1) && qFuzzyCompare(pitchX, o.pitchX) && qFuzzyCompare(pitchY, o.pitchY)
        && columns == o.columns && rows == o.rows && continuous == o.continuous;
}
