#include "io/JsonValueReader.h"

#include <QCoreApplication>

#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JsonValueReader)
};

bool absent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

QString numberText(double d)
{
    // Converting 1e308 to an integer is undefined: only what fits is whole.
    if (std::abs(d) < 9.0e15 && d == std::floor(d))
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}
} // namespace

QString JsonValueReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("a true/false value");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

bool JsonValueReader::expect(const QJsonValue &value, QJsonValue::Type type, const QString &path)
{
    if (absent(value) || value.type() == type)
        return true;
    if (m_error.isEmpty())
        m_error = Tr::tr("%1: expected %2, found %3").arg(path, typeName(QJsonValue(type)), typeName(value));
    return false;
}

QJsonObject JsonValueReader::object(const QJsonValue &value, const QString &path)
{
    return expect(value, QJsonValue::Object, path) ? value.toObject() : QJsonObject();
}

QJsonArray JsonValueReader::array(const QJsonValue &value, const QString &path)
{
    return expect(value, QJsonValue::Array, path) ? value.toArray() : QJsonArray();
}

QString JsonValueReader::text(const QJsonValue &value, const QString &path)
{
    return expect(value, QJsonValue::String, path) ? value.toString() : QString();
}

QString JsonValueReader::scalar(const QJsonValue &value, const QString &path)
{
    if (value.isDouble())
        return numberText(value.toDouble());
    return text(value, path);
}
