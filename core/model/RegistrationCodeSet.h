#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

// The registration codes of one event, for an import's checks of codes taken.
// Podium's own codes (RegistrationCode symbols, up to 12 of them) are packed
// five bits a symbol into one 64-bit number and kept in an open-addressing
// table: no allocation per code, and a lookup costs about one cache miss.
// Any other text (codes kept from another tool) goes to an ordinary set.
class RegistrationCodeSet
{
public:
    void reserve(qsizetype count);
    qsizetype size() const { return m_packedCount + m_others.size(); }
    bool contains(QStringView code) const;
    // Adds the code; false when it was there already.
    bool insert(QStringView code);

private:
    static std::optional<std::uint64_t> pack(QStringView code);
    size_t slotOf(std::uint64_t packed) const;
    void grow();

    std::vector<std::uint64_t> m_slots; // 0: empty (no packed code is 0)
    qsizetype m_packedCount = 0;
    QSet<QString> m_others;
};
