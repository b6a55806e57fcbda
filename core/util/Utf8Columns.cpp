#include "util/Utf8Columns.h"

#include "util/Utf8Encoding.h"

Utf8Columns::Utf8Columns(std::initializer_list<QStringView> texts)
{
    qsizetype most = 0;
    for (QStringView text : texts)
        most += text.size() * 3;
    m_bytes.resize(most);
    m_ends.reserve(qsizetype(texts.size()));
    qsizetype end = 0;
    for (QStringView text : texts) {
        end += Utf8Encoding::encode(text, m_bytes.data() + end);
        m_ends.append(end);
    }
    m_bytes.truncate(end);
}
