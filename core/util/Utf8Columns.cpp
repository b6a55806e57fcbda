#include "util/Utf8Columns.h"

#include "util/Utf8Encoding.h"

#include <cstring>

Utf8Columns::Utf8Columns(std::initializer_list<QStringView> texts, std::initializer_list<QByteArrayView> bytes)
{
    qsizetype most = 0;
    for (QStringView text : texts)
        most += text.size() * 3;
    for (QByteArrayView b : bytes)
        most += b.size();
    m_bytes.resize(most);
    m_ends.reserve(qsizetype(texts.size() + bytes.size()));
    qsizetype end = 0;
    for (QStringView text : texts) {
        end += Utf8Encoding::encode(text, m_bytes.data() + end);
        m_ends.append(end);
    }
    for (QByteArrayView b : bytes) {
        if (!b.isEmpty())
            memcpy(m_bytes.data() + end, b.data(), size_t(b.size()));
        end += b.size();
        m_ends.append(end);
    }
    m_bytes.truncate(end);
}
