#include "storage/SecureDelete.h"

#include "storage/EventFile.h"
#include "storage/Statement.h"

SecureDelete::SecureDelete(const EventFile &file) : m_file(file)
{
    Statement current(m_file, QStringLiteral("PRAGMA secure_delete"));
    if (current.exec() && current.next())
        m_previous = current.value(0).toInt();
    m_status = Statement(m_file, QStringLiteral("PRAGMA secure_delete = ON")).exec();
}

SecureDelete::~SecureDelete()
{
    Statement(m_file, QStringLiteral("PRAGMA secure_delete = %1").arg(m_previous)).exec();
}
