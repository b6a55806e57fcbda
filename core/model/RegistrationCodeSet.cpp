#include "model/RegistrationCodeSet.h"

#include "model/RegistrationCode.h"

#include <array>

namespace {

constexpr int maxPackedSymbols = 12; // 12 x 5 bits, the length in the top 4 bits

// The symbol's place in the alphabet plus one (0: not a symbol), by character.
constexpr std::array<std::uint8_t, 128> symbolValues()
{
    std::array<std::uint8_t, 128> values{};
    for (int i = 0; RegistrationCode::symbols[i]; ++i)
        values[size_t(RegistrationCode::symbols[i])] = std::uint8_t(i + 1);
    return values;
}

constexpr std::array<std::uint8_t, 128> symbolValue = symbolValues();

} // namespace

std::optional<std::uint64_t> RegistrationCodeSet::pack(QStringView code)
{
    if (code.isEmpty() || code.size() > maxPackedSymbols)
        return std::nullopt;
    std::uint64_t packed = std::uint64_t(code.size()) << 60;
    int shift = 0;
    for (QChar c : code) {
        const char16_t u = c.unicode();
        if (u >= 128 || !symbolValue[u])
            return std::nullopt;
        packed |= std::uint64_t(symbolValue[u] - 1) << shift;
        shift += 5;
    }
    return packed;
}

size_t RegistrationCodeSet::slotOf(std::uint64_t packed) const
{
    // Fibonacci hashing: random codes spread well, ordered ones too.
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t((packed * 0x9E3779B97F4A7C15ull) >> 20) & mask;
    while (m_slots[slot] != 0 && m_slots[slot] != packed)
        slot = (slot + 1) & mask;
    return slot;
}

void RegistrationCodeSet::grow()
{
    std::vector<std::uint64_t> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    for (std::uint64_t packed : old)
        if (packed)
            m_slots[slotOf(packed)] = packed;
}

void RegistrationCodeSet::reserve(qsizetype count)
{
    // At most half full: probes stay short.
    while (qsizetype(m_slots.size()) < 2 * count)
        grow();
}

bool RegistrationCodeSet::contains(QStringView code) const
{
    if (const auto packed = pack(code))
        return !m_slots.empty() && m_slots[slotOf(*packed)] == *packed;
    return m_others.contains(code.toString());
}

bool RegistrationCodeSet::insert(QStringView code)
{
    const auto packed = pack(code);
    if (!packed) {
        const qsizetype before = m_others.size();
        m_others.insert(code.toString());
        return m_others.size() != before;
    }
    if (2 * (m_packedCount + 1) > qsizetype(m_slots.size()))
        grow();
    std::uint64_t &slot = m_slots[slotOf(*packed)];
    if (slot == *packed)
        return false;
    slot = *packed;
    ++m_packedCount;
    return true;
}
