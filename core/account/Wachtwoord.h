#pragma once

#include "core/common/Result.h"

#include <QString>

namespace rd::wachtwoord {

// A local account's password (docs/sync.md): at least this many characters.
constexpr int minimumLengte = 10;

// The password's Argon2id hash as libsodium's crypto_pwhash_str writes it ("$argon2id$v=19$..."
// with its own random salt and cost), at the cost libsodium calls interactive (64 MiB, a
// fraction of a second). An error when the password is too short or the memory is not there.
Result<QString> hash(const QString &wachtwoord);
// Whether `wachtwoord` is the one `opgeslagen` was made from (crypto_pwhash_str_verify: the
// comparison takes the same time whatever matches).
bool klopt(const QString &opgeslagen, const QString &wachtwoord);

} // namespace rd::wachtwoord
