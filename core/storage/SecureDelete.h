#pragma once

#include "util/Result.h"

class EventFile;

// secure_delete makes SQLite overwrite deleted records with zeros instead of
// leaving them in free space; on while this lives, then as it was.
class SecureDelete
{
public:
    explicit SecureDelete(const EventFile &file);
    ~SecureDelete();
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;
    const Status &status() const { return m_status; }

private:
    const EventFile &m_file;
    int m_previous = 0;
    Status m_status;
};
