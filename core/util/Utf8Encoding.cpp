#include "util/Utf8Encoding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
// Copies 8 characters at once while they are all ASCII (most of every cell:
// names, addresses, codes, dates); returns where it stopped.
inline const char16_t *copyAscii(const char16_t *s, const char16_t *end, char *&out)
{
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi16(short(0xFF80));
    while (end - s >= 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(chars, high), _mm_setzero_si128())) != 0xFFFF)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(chars, chars));
        s += 8;
        out += 8;
    }
#else
    Q_UNUSED(end);
    Q_UNUSED(out);
#endif
    return s;
}
} // namespace

qsizetype Utf8Encoding::encode(QStringView text, char *out)
{
    char *const start = out;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s < end) {
        s = copyAscii(s, end, out);
        if (s == end)
            break;
        const char32_t c = *s++;
        if (c < 0x80) {
            *out++ = char(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && s < end && *s >= 0xDC00 && *s <= 0xDFFF) {
                const char32_t code = 0x10000 + ((c - 0xD800) << 10) + (char32_t(*s++) - 0xDC00);
                *out++ = char(0xF0 | (code >> 18));
                *out++ = char(0x80 | ((code >> 12) & 0x3F));
                *out++ = char(0x80 | ((code >> 6) & 0x3F));
                *out++ = char(0x80 | (code & 0x3F));
            } else {
                *out++ = '?'; // as Qt's encoder writes a lone surrogate
            }
            continue;
        }
        *out++ = char(0xE0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3F));
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out - start;
}
