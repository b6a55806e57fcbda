#pragma once

#include "team/OpenFromServerDialog.h"

// The events of a server that the login has a role for, for Open from Server:
// connects with libpq's conventions (and the password when given).
class ServerEventLister
{
public:
    static OpenFromServerDialog::Listing list(const QString &uri, const QString &password);
};
