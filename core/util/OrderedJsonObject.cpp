#include "util/OrderedJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// QJsonDocument does the escaping: wrap the value in an array and strip the brackets.
QByteArray encode(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray indent(int level)
{
    return QByteArray(2 * level, ' ');
}
} // namespace

OrderedJsonObject &OrderedJsonObject::add(const QString &key, const QJsonValue &value)
{
    m_entries.push_back({key, Entry::Scalar, value, {}});
    return *this;
}

OrderedJsonObject &OrderedJsonObject::add(const QString &key, const OrderedJsonObject &object)
{
    m_entries.push_back({key, Entry::Object, QJsonValue(), {object}});
    return *this;
}

OrderedJsonObject &OrderedJsonObject::add(const QString &key, const QList<OrderedJsonObject> &objects)
{
    m_entries.push_back({key, Entry::List, QJsonValue(), {objects.cbegin(), objects.cend()}});
    return *this;
}

QByteArray OrderedJsonObject::toJson() const
{
    QByteArray out;
    write(out, 0);
    out += '\n';
    return out;
}

void OrderedJsonObject::write(QByteArray &out, int level) const
{
    if (m_entries.empty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        out += indent(level + 1) + encode(e.key) + ": ";
        if (e.kind == Entry::Scalar) {
            out += encode(e.scalar);
        } else if (e.kind == Entry::Object) {
            e.objects.front().write(out, level + 1);
        } else if (e.objects.empty()) {
            out += "[]";
        } else {
            out += "[\n";
            for (size_t j = 0; j < e.objects.size(); ++j) {
                out += indent(level + 2);
                e.objects[j].write(out, level + 2);
                out += j + 1 < e.objects.size() ? ",\n" : "\n";
            }
            out += indent(level + 1) + ']';
        }
        out += i + 1 < m_entries.size() ? ",\n" : "\n";
    }
    out += indent(level) + '}';
}
