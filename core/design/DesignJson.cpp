#include "design/DesignJson.h"

#include "util/OrderedJsonObject.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DesignJson", text, disambiguation, n);
}

// Lengths and sizes outside these are typing mistakes, not designs.
constexpr qreal maxMm = 2000;
constexpr qreal maxPoints = 500;

QJsonArray numbers(std::initializer_list<qreal> values)
{
    QJsonArray a;
    for (qreal v : values)
        a.append(qRound(v * 1000) / 1000.0); // micrometres are plenty, and keep the file readable
    return a;
}

QString colourText(const QColor &c)
{
    return c.alpha() == 255 ? c.name(QColor::HexRgb) : c.name(QColor::HexArgb);
}

OrderedJsonObject elementJson(const DesignElement &e)
{
    // In the order people read an element: what, where, what it says, how it looks, when.
    OrderedJsonObject o;
    o.add(QStringLiteral("type"), DesignElement::typeKey(e.type));
    o.add(QStringLiteral("box_mm"), numbers({e.box.x(), e.box.y(), e.box.width(), e.box.height()}));
    using T = DesignElement::Type;
    if (e.type == T::Text || e.type == T::QrCode)
        o.add(QStringLiteral("text"), e.text);
    if (e.type == T::Text || e.type == T::SessionList) {
        OrderedJsonObject font;
        font.add(QStringLiteral("family"), e.fontFamily);
        font.add(QStringLiteral("weight"), e.fontWeight);
        font.add(QStringLiteral("italic"), e.italic);
        font.add(QStringLiteral("max_pt"), qRound(e.maxPoints * 100) / 100.0);
        font.add(QStringLiteral("min_pt"), qRound(e.minPoints * 100) / 100.0);
        o.add(QStringLiteral("font"), font);
        o.add(QStringLiteral("max_lines"), e.maxLines);
        o.add(QStringLiteral("align"), DesignElement::halignKey(e.align));
        o.add(QStringLiteral("valign"), DesignElement::valignKey(e.valign));
    }
    if (e.type == T::Text || e.type == T::SessionList || e.type == T::Rectangle)
        o.add(QStringLiteral("colour"), colourText(e.colour));
    if (e.type == T::Rectangle) {
        o.add(QStringLiteral("border_colour"), colourText(e.borderColour));
        o.add(QStringLiteral("border_mm"), qRound(e.borderMm * 1000) / 1000.0);
        o.add(QStringLiteral("corner_mm"), qRound(e.cornerMm * 1000) / 1000.0);
    }
    if (e.type == T::Image)
        o.add(QStringLiteral("image"), e.imageId);
    o.add(QStringLiteral("collapse_when_empty"), e.collapseWhenEmpty);
    if (!e.rule.onlyCategories.isEmpty())
        o.add(QStringLiteral("only_categories"), QJsonArray::fromStringList(e.rule.onlyCategories));
    if (e.rule.colourFromCategory)
        o.add(QStringLiteral("colour_from_category"), true);
    return o;
}

OrderedJsonObject sideJson(const DesignSide &side)
{
    OrderedJsonObject o;
    if (side.background.isValid())
        o.add(QStringLiteral("background"), colourText(side.background));
    QList<OrderedJsonObject> elements;
    for (const DesignElement &e : side.elements)
        elements << elementJson(e);
    o.add(QStringLiteral("elements"), elements);
    return o;
}

OrderedJsonObject designJson(const Design &d)
{
    OrderedJsonObject o;
    o.add(QStringLiteral("podium_design"), DesignJson::version);
    o.add(QStringLiteral("name"), d.name);
    o.add(QStringLiteral("kind"), Design::kindKey(d.kind));
    o.add(QStringLiteral("size_mm"), numbers({d.size.width(), d.size.height()}));
    o.add(QStringLiteral("preset"), d.preset);
    o.add(QStringLiteral("sides"), Design::sidesKey(d.sides));
    if (!d.categoryColours.isEmpty()) {
        OrderedJsonObject colours;
        for (auto it = d.categoryColours.begin(); it != d.categoryColours.end(); ++it)
            colours.add(it.key(), colourText(it.value()));
        o.add(QStringLiteral("category_colours"), colours);
    }
    if (d.kind == Design::Kind::Certificate || d.certificate != CertificateDetails()) {
        OrderedJsonObject c;
        c.add(QStringLiteral("signatory_name"), d.certificate.signatoryName);
        c.add(QStringLiteral("signatory_title"), d.certificate.signatoryTitle);
        c.add(QStringLiteral("signature_image"), d.certificate.signatureImageId);
        c.add(QStringLiteral("issue_date"), d.certificate.issueDate.isValid() ? d.certificate.issueDate.toString(Qt::ISODate) : QString());
        c.add(QStringLiteral("verification_code"), d.certificate.verificationCode);
        o.add(QStringLiteral("certificate"), c);
    }
    o.add(QStringLiteral("front"), sideJson(d.front));
    if (d.hasBack() || !d.back.isEmpty())
        o.add(QStringLiteral("back"), sideJson(d.back));
    return o;
}

// Reads fields, remembering the first problem with the path of the field it was found at.
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = tr("%1: %2: %3").arg(m_source, path, problem);
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path, const QString &fallback = QString())
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(path + key, tr("expected text"));
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(path + key, tr("expected true or false"));
        return v.toBool();
    }
    qreal number(const QJsonObject &o, const QString &key, const QString &path, qreal fallback, qreal min, qreal max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            fail(path + key, tr("expected a number"));
            return fallback;
        }
        const qreal n = v.toDouble();
        if (n < min || n > max)
            fail(path + key, tr("%1 is outside %2 to %3").arg(n).arg(min).arg(max));
        return n;
    }
    QList<qreal> numbers(const QJsonObject &o, const QString &key, const QString &path, int count, bool required)
    {
        const QJsonValue v = o.value(key);
        QList<qreal> out;
        if (v.isUndefined() && !required)
            return out;
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != count) {
            fail(path + key, tr("expected a list of %n numbers (millimetres)", nullptr, count));
            return out;
        }
        for (const QJsonValue &n : a) {
            if (!n.isDouble() || n.toDouble() < -maxMm || n.toDouble() > maxMm) {
                fail(path + key, tr("expected numbers of millimetres between %1 and %2").arg(-maxMm).arg(maxMm));
                return {};
            }
            out << n.toDouble();
        }
        return out;
    }
    QColor colour(const QJsonObject &o, const QString &key, const QString &path, const QColor &fallback)
    {
        const QString text = string(o, key, path);
        if (text.isEmpty())
            return fallback;
        const QColor c = QColor::fromString(text);
        if (!c.isValid())
            fail(path + key, tr("“%1” is not a colour (write #rrggbb)").arg(text));
        return c;
    }
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(path + key, tr("expected an object"));
        return v.toObject();
    }

    DesignElement element(const QJsonObject &o, const QString &path)
    {
        DesignElement e;
        const QString type = string(o, QStringLiteral("type"), path);
        if (!DesignElement::typeFromKey(type, &e.type))
            fail(path + QStringLiteral("type"),
                 tr("“%1” is not an element type (text, qr, image, rectangle, sessions, standard-face)").arg(type));
        const QList<qreal> box = numbers(o, QStringLiteral("box_mm"), path, 4, true);
        if (box.size() == 4) {
            e.box = QRectF(box[0], box[1], box[2], box[3]);
            if (box[2] <= 0 || box[3] <= 0)
                fail(path + QStringLiteral("box_mm"), tr("the width and height must be above 0 mm"));
        }
        e.text = string(o, QStringLiteral("text"), path, e.type == DesignElement::Type::QrCode ? QStringLiteral("{code}") : QString());
        const QJsonObject font = object(o, QStringLiteral("font"), path);
        const QString fontPath = path + QStringLiteral("font.");
        e.fontFamily = string(font, QStringLiteral("family"), fontPath);
        e.fontWeight = int(number(font, QStringLiteral("weight"), fontPath, e.fontWeight, 100, 900));
        e.italic = boolean(font, QStringLiteral("italic"), fontPath, false);
        e.maxPoints = number(font, QStringLiteral("max_pt"), fontPath, e.maxPoints, 1, maxPoints);
        e.minPoints = number(font, QStringLiteral("min_pt"), fontPath, e.maxPoints, 1, maxPoints);
        if (e.minPoints > e.maxPoints)
            fail(fontPath + QStringLiteral("min_pt"), tr("the smallest size is above the largest (%1 pt)").arg(e.maxPoints));
        e.maxLines = int(number(o, QStringLiteral("max_lines"), path, 0, 0, 100));
        const QString align = string(o, QStringLiteral("align"), path, QStringLiteral("left"));
        bool known = false;
        for (auto a : {DesignElement::HAlign::Left, DesignElement::HAlign::Centre, DesignElement::HAlign::Right})
            if (align == DesignElement::halignKey(a))
                e.align = a, known = true;
        if (!known)
            fail(path + QStringLiteral("align"), tr("“%1” is not left, centre or right").arg(align));
        const QString valign = string(o, QStringLiteral("valign"), path, QStringLiteral("top"));
        known = false;
        for (auto a : {DesignElement::VAlign::Top, DesignElement::VAlign::Middle, DesignElement::VAlign::Bottom})
            if (valign == DesignElement::valignKey(a))
                e.valign = a, known = true;
        if (!known)
            fail(path + QStringLiteral("valign"), tr("“%1” is not top, middle or bottom").arg(valign));
        e.colour = colour(o, QStringLiteral("colour"), path, e.colour);
        e.borderColour = colour(o, QStringLiteral("border_colour"), path, e.borderColour);
        e.borderMm = number(o, QStringLiteral("border_mm"), path, 0, 0, 100);
        e.cornerMm = number(o, QStringLiteral("corner_mm"), path, 0, 0, 1000);
        e.imageId = string(o, QStringLiteral("image"), path);
        if (e.type == DesignElement::Type::Image && e.imageId.isEmpty())
            fail(path + QStringLiteral("image"), tr("an image element needs the id of its image"));
        const bool collapses = e.type == DesignElement::Type::Text || e.type == DesignElement::Type::SessionList;
        e.collapseWhenEmpty = boolean(o, QStringLiteral("collapse_when_empty"), path, collapses);
        const QJsonValue only = o.value(QStringLiteral("only_categories"));
        if (!only.isUndefined() && !only.isNull()) {
            if (!only.isArray())
                fail(path + QStringLiteral("only_categories"), tr("expected a list of category keys"));
            for (const QJsonValue &c : only.toArray()) {
                if (!c.isString() || c.toString().trimmed().isEmpty())
                    fail(path + QStringLiteral("only_categories"), tr("expected a list of category keys"));
                e.rule.onlyCategories << c.toString().trimmed().toLower();
            }
        }
        e.rule.colourFromCategory = boolean(o, QStringLiteral("colour_from_category"), path, false);
        return e;
    }

    DesignSide side(const QJsonObject &o, const QString &path)
    {
        DesignSide s;
        s.background = colour(o, QStringLiteral("background"), path, QColor());
        const QJsonValue elements = o.value(QStringLiteral("elements"));
        if (!elements.isUndefined() && !elements.isArray())
            fail(path + QStringLiteral("elements"), tr("expected a list of elements"));
        const QJsonArray list = elements.toArray();
        for (int i = 0; i < list.size() && !failed(); ++i) {
            const QString at = path + QStringLiteral("elements[%1].").arg(i);
            if (!list.at(i).isObject()) {
                fail(at.chopped(1), tr("expected an object"));
                break;
            }
            s.elements << element(list.at(i).toObject(), at);
        }
        return s;
    }

private:
    QString m_source;
    QString m_error;
};
} // namespace

QByteArray DesignJson::toJson(const Design &design)
{
    return designJson(design).toJson();
}

QByteArray DesignJson::toJson(const Design &design, const QList<DesignImage> &images)
{
    OrderedJsonObject o = designJson(design);
    QList<OrderedJsonObject> list;
    for (const DesignImage &image : images) {
        OrderedJsonObject i;
        i.add(QStringLiteral("id"), image.id);
        i.add(QStringLiteral("name"), image.name);
        i.add(QStringLiteral("format"), image.format);
        i.add(QStringLiteral("data"), QString::fromLatin1(image.data.toBase64()));
        list << i;
    }
    o.add(QStringLiteral("images"), list);
    return o.toJson();
}

Result<DesignJson::Parsed> DesignJson::fromJson(const QByteArray &json, const QString &source)
{
    using R = Result<Parsed>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The line of the offset, as editors show it.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return R::failure(tr("%1, line %2: not a JSON file (%3).").arg(source).arg(line).arg(parseError.errorString()));
    }
    const QJsonObject o = document.object();
    if (!document.isObject() || !o.contains(QStringLiteral("podium_design")))
        return R::failure(tr("%1 is not a Podium design: it has no “podium_design” field.").arg(source));
    const int fileVersion = o.value(QStringLiteral("podium_design")).toInt();
    if (fileVersion > version)
        return R::failure(tr("%1 was written by a newer Podium (design format %2; this one reads up to %3): update Podium to "
                             "read it.")
                              .arg(source)
                              .arg(fileVersion)
                              .arg(version));
    if (fileVersion < 1)
        return R::failure(tr("%1: podium_design: expected a format number from 1.").arg(source));

    Reader r(source);
    Parsed parsed;
    Design &d = parsed.design;
    d.name = r.string(o, QStringLiteral("name"), QString()).trimmed();
    if (d.name.isEmpty())
        r.fail(QStringLiteral("name"), tr("a design needs a name"));
    const QString kind = r.string(o, QStringLiteral("kind"), QString(), QStringLiteral("badge"));
    if (!Design::kindFromKey(kind, &d.kind))
        r.fail(QStringLiteral("kind"), tr("“%1” is not badge or certificate").arg(kind));
    const QList<qreal> size = r.numbers(o, QStringLiteral("size_mm"), QString(), 2, true);
    if (size.size() == 2) {
        d.size = QSizeF(size[0], size[1]);
        if (size[0] < 10 || size[1] < 10)
            r.fail(QStringLiteral("size_mm"), tr("a side needs at least 10 x 10 mm"));
    }
    d.preset = r.string(o, QStringLiteral("preset"), QString());
    const QString sides = r.string(o, QStringLiteral("sides"), QString(), QStringLiteral("front-only"));
    if (!Design::sidesFromKey(sides, &d.sides))
        r.fail(QStringLiteral("sides"),
               tr("“%1” is not front-only, duplex-long-edge, duplex-short-edge, fold-top or fold-side").arg(sides));
    d.front = r.side(r.object(o, QStringLiteral("front"), QString()), QStringLiteral("front."));
    d.back = r.side(r.object(o, QStringLiteral("back"), QString()), QStringLiteral("back."));
    const QJsonObject colours = r.object(o, QStringLiteral("category_colours"), QString());
    for (auto it = colours.begin(); it != colours.end(); ++it)
        d.categoryColours.insert(it.key().toLower(), r.colour(colours, it.key(), QStringLiteral("category_colours."), QColor()));
    const QJsonObject c = r.object(o, QStringLiteral("certificate"), QString());
    const QString cp = QStringLiteral("certificate.");
    d.certificate.signatoryName = r.string(c, QStringLiteral("signatory_name"), cp);
    d.certificate.signatoryTitle = r.string(c, QStringLiteral("signatory_title"), cp);
    d.certificate.signatureImageId = r.string(c, QStringLiteral("signature_image"), cp);
    const QString issued = r.string(c, QStringLiteral("issue_date"), cp);
    if (!issued.isEmpty()) {
        d.certificate.issueDate = QDate::fromString(issued, Qt::ISODate);
        if (!d.certificate.issueDate.isValid())
            r.fail(cp + QStringLiteral("issue_date"), tr("“%1” is not a date (write YYYY-MM-DD)").arg(issued));
    }
    d.certificate.verificationCode = r.boolean(c, QStringLiteral("verification_code"), cp, false);

    const QJsonValue images = o.value(QStringLiteral("images"));
    const QJsonArray imageList = images.toArray();
    for (int i = 0; i < imageList.size() && !r.failed(); ++i) {
        const QString at = QStringLiteral("images[%1].").arg(i);
        const QJsonObject io = imageList.at(i).toObject();
        const QByteArray data = QByteArray::fromBase64(r.string(io, QStringLiteral("data"), at).toLatin1());
        DesignImage image;
        QString error;
        if (!DesignImage::fromBytes(data, r.string(io, QStringLiteral("name"), at), &image, &error)) {
            r.fail(at + QStringLiteral("data"), error);
            break;
        }
        if (image.id != r.string(io, QStringLiteral("id"), at))
            r.fail(at + QStringLiteral("id"), tr("the image's bytes do not match its id (the file was changed or damaged)"));
        parsed.images << image;
    }
    if (r.failed())
        return R::failure(r.error());
    const Status valid = parsed.design.validate();
    if (!valid)
        return R::failure(tr("%1: %2").arg(source, valid.error()));
    return parsed;
}
