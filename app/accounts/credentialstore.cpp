#include "credentialstore.h"

namespace flowlog {

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

} // namespace flowlog
