#include "design/DesignPainter.h"

#include "print/BadgeFace.h"
#include "print/PageCanvas.h"
#include "print/QrCode.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>

namespace {
constexpr qreal mm = PageCanvas::pointsPerMm;
constexpr qreal sizeStep = 0.5; // points between the sizes tried when fitting

QRectF toPoints(const QRectF &r)
{
    return QRectF(r.x() * mm, r.y() * mm, r.width() * mm, r.height() * mm);
}

// Text and session lists flow: they move up into the room of an empty element above them.
bool flows(const DesignElement &e)
{
    return e.type == DesignElement::Type::Text || e.type == DesignElement::Type::SessionList;
}

bool overlapsHorizontally(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - 0.01 && b.left() < a.right() - 0.01;
}

// The largest rectangle of this aspect ratio centred in box.
QRectF fitted(QSizeF size, const QRectF &box)
{
    if (size.isEmpty())
        return box;
    const QSizeF scaled = size.scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.center().x() - scaled.width() / 2, box.center().y() - scaled.height() / 2, scaled.width(), scaled.height());
}
} // namespace

DesignPainter::DesignPainter(const PageCanvas &canvas, const Design &design, const QHash<QString, DesignImage> &images)
    : m_canvas(canvas), m_design(design), m_images(images)
{
}

DesignPainter::~DesignPainter() = default;

QString DesignPainter::verificationCode(const QString &text)
{
    const QByteArray hex = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper().left(12);
    return QString::fromLatin1(hex.left(4) + '-' + hex.mid(4, 4) + '-' + hex.mid(8, 4));
}

QList<DesignPainter::Placed> DesignPainter::place(const Design &design, const DesignSide &side, const DesignSubject &subject)
{
    static const QString verificationKey = QStringLiteral("verification_code");
    DesignPlaceholders::Values values = subject.values;
    values.insert(verificationKey, QString());
    QList<Placed> placed;
    for (const DesignElement &e : side.elements) {
        Placed p;
        p.element = &e;
        p.box = toPoints(e.box);
        p.shown = e.rule.appliesTo(subject.categoryKey);
        if (e.type == DesignElement::Type::Text || e.type == DesignElement::Type::QrCode)
            p.text = DesignPlaceholders::expand(e.text, values).trimmed();
        if (e.type == DesignElement::Type::Text || e.type == DesignElement::Type::QrCode)
            p.shown = p.shown && !p.text.isEmpty();
        if (e.type == DesignElement::Type::SessionList)
            p.shown = p.shown && !subject.sessions.isEmpty();
        placed << p;
    }
    // A certificate's verification code: a hash of everything else it says, filled in afterwards.
    if (design.certificate.verificationCode) {
        QStringList said;
        for (const Placed &p : placed)
            if (p.shown && p.element->type == DesignElement::Type::Text && !p.element->text.contains(QLatin1String("{verification_code}")))
                said << p.text;
        values.insert(verificationKey, verificationCode(said.join(QLatin1Char('\n'))));
        for (Placed &p : placed)
            if (p.element->text.contains(QLatin1String("{verification_code}")) && p.element->rule.appliesTo(subject.categoryKey)) {
                p.text = DesignPlaceholders::expand(p.element->text, values).trimmed();
                p.shown = !p.text.isEmpty();
            }
    }
    // No gaps: what flows below an empty element moves up into its place. Text on a band
    // (inside a rectangle's box) belongs to the band and stays where it is.
    QList<bool> anchored(placed.size(), false);
    for (int i = 0; i < placed.size(); ++i)
        for (const Placed &under : placed)
            if (under.element->type == DesignElement::Type::Rectangle
                && under.box.adjusted(-0.5 * mm, -0.5 * mm, 0.5 * mm, 0.5 * mm).contains(placed.at(i).box))
                anchored[i] = true;
    QList<qreal> shift(placed.size(), 0);
    for (int c = 0; c < placed.size(); ++c) {
        const Placed &gone = placed.at(c);
        if (gone.shown || !gone.element->collapseWhenEmpty || !flows(*gone.element) || anchored.at(c))
            continue;
        auto below = [&](int i) {
            return i != c && !anchored.at(i) && flows(*placed.at(i).element) && overlapsHorizontally(placed.at(i).box, gone.box)
                && placed.at(i).box.top() >= gone.box.bottom() - 0.5;
        };
        qreal nearest = -1;
        for (int i = 0; i < placed.size(); ++i)
            if (below(i) && (nearest < 0 || placed.at(i).box.top() < nearest))
                nearest = placed.at(i).box.top();
        if (nearest < 0)
            continue;
        for (int i = 0; i < placed.size(); ++i)
            if (below(i))
                shift[i] += nearest - gone.box.top();
    }
    for (int i = 0; i < placed.size(); ++i)
        placed[i].box.translate(0, -shift.at(i));
    return placed;
}

Status DesignPainter::paint(QPainter &painter, const DesignSide &side, const DesignSubject &subject) const
{
    if (side.background.isValid())
        painter.fillRect(QRectF(QPointF(0, 0), m_design.size * mm), side.background);
    for (const Placed &p : place(side, subject)) {
        if (!p.shown)
            continue;
        const Status painted = paintElement(painter, p, subject);
        if (!painted)
            return painted;
    }
    return Status();
}

QFont DesignPainter::font(const DesignElement &element, qreal points) const
{
    QFont f = m_canvas.font(points, QFont::Weight(qBound(100, element.fontWeight, 900)), element.italic);
    if (!element.fontFamily.trimmed().isEmpty()) {
        QStringList families{element.fontFamily.trimmed(), PageCanvas::defaultFamily()};
        if (!PageCanvas::symbolFamily().isEmpty())
            families << PageCanvas::symbolFamily();
        f.setFamilies(families);
    }
    return f;
}

TextBlock DesignPainter::fit(const DesignElement &element, const QString &text, QSizeF box) const
{
    const qreal minPoints = qMin(element.minPoints, element.maxPoints);
    for (qreal size = element.maxPoints; size >= minPoints - 0.001; size -= sizeStep) {
        const TextBlock block = TextBlock::wrap(m_canvas, text, font(element, size), box.width(), element.maxLines);
        if (!block.elided && block.height() <= box.height() + 0.01)
            return block;
    }
    const QFont smallest = font(element, minPoints);
    const int fits = qMax(1, int((box.height() + 0.01) / m_canvas.metrics(smallest).height()));
    return TextBlock::wrap(m_canvas, text, smallest, box.width(), element.maxLines > 0 ? qMin(element.maxLines, fits) : fits);
}

Status DesignPainter::paintElement(QPainter &painter, const Placed &placed, const DesignSubject &subject) const
{
    const DesignElement &e = *placed.element;
    const QRectF box = placed.box;
    const QColor colour = e.rule.colourFromCategory ? subject.categoryColour : e.colour;
    switch (e.type) {
    case DesignElement::Type::Text:
    case DesignElement::Type::SessionList: {
        const QString text = e.type == DesignElement::Type::Text ? placed.text : subject.sessions.join(QLatin1Char('\n'));
        const TextBlock block = fit(e, text, box.size());
        qreal y = box.top();
        if (e.valign == DesignElement::VAlign::Middle)
            y += (box.height() - block.height()) / 2;
        else if (e.valign == DesignElement::VAlign::Bottom)
            y += box.height() - block.height();
        const Qt::Alignment align = e.align == DesignElement::HAlign::Centre ? Qt::AlignHCenter
            : e.align == DesignElement::HAlign::Right                        ? Qt::AlignRight
                                                                              : Qt::AlignLeft;
        painter.setPen(colour);
        block.draw(painter, QPointF(box.left(), y), box.width(), align);
        break;
    }
    case DesignElement::Type::QrCode: {
        const auto qr = QrCode::encode(placed.text);
        if (!qr)
            return Status::failure(qr.error());
        const qreal side = qMin(box.width(), box.height());
        qr.value().draw(painter, QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side));
        break;
    }
    case DesignElement::Type::Image: {
        const auto image = m_images.constFind(e.imageId);
        if (image == m_images.constEnd())
            return Status::failure(QCoreApplication::translate("DesignPainter", "The design “%1” shows an image that is not in the event "
                                                                                "file (id %2): import the image again.")
                                       .arg(m_design.name, e.imageId.left(12)));
        paintImage(painter, *image, box);
        break;
    }
    case DesignElement::Type::Rectangle: {
        QPainterPath path;
        const qreal radius = qMin(e.cornerMm * mm, qMin(box.width(), box.height()) / 2);
        path.addRoundedRect(box, radius, radius);
        painter.fillPath(path, colour);
        if (e.borderMm > 0) {
            painter.save();
            painter.setPen(QPen(e.borderColour, e.borderMm * mm));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.restore();
        }
        break;
    }
    case DesignElement::Type::StandardFace: {
        const auto qr = QrCode::encode(subject.standard.code);
        if (!qr)
            return Status::failure(qr.error());
        // The printer's edge matters only when the face is the whole label.
        const bool wholeSide = qAbs(box.left()) < 0.5 && qAbs(box.top()) < 0.5 && qAbs(box.width() - m_design.size.width() * mm) < 0.5
            && qAbs(box.height() - m_design.size.height() * mm) < 0.5;
        painter.save();
        painter.translate(box.topLeft());
        BadgeFace::layout(m_canvas, subject.standard, box.size(), wholeSide ? subject.keepClear : QMarginsF())
            .draw(painter, qr.value());
        painter.restore();
        break;
    }
    }
    return Status();
}

void DesignPainter::paintImage(QPainter &painter, const DesignImage &image, const QRectF &box) const
{
    if (image.isSvg()) {
        // Drawn as vector paths: on a PDF painter, the logo stays sharp at any zoom.
        auto &svg = m_vectors[image.id];
        if (!svg)
            svg = std::make_shared<QSvgRenderer>(image.data);
        if (!svg->isValid())
            return;
        svg->setAspectRatioMode(Qt::KeepAspectRatio);
        svg->render(&painter, fitted(svg->viewBoxF().size(), box));
        return;
    }
    auto raster = m_rasters.find(image.id);
    if (raster == m_rasters.end())
        raster = m_rasters.insert(image.id, QImage::fromData(image.data));
    if (raster->isNull())
        return;
    // The whole image, scaled by the painter; lossless: the PDF keeps every pixel as it was
    // (Qt would otherwise re-encode photos as JPEG).
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::LosslessImageRendering);
    painter.drawImage(fitted(raster->size(), box), *raster);
    painter.restore();
}
