#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rd::fuzz {

// Once per process, from LLVMFuzzerInitialize: a QGuiApplication on the offscreen platform (the
// QSQLITE driver loads only with an application object; letters lay out text with fonts), Qt's
// messages silenced unless REGIEDESK_FUZZ_VERBOSE is set, and a scratch folder under TMPDIR
// that is removed at a normal exit (run-fuzz.sh points TMPDIR at a folder it cleans).
void begin();

// A path in the scratch folder.
QString scratchPath(const QString &name);
// Writes the bytes to the scratch file `name`, replacing it, and returns its path.
QString writeScratch(const QString &name, QByteArrayView bytes);
// The bytes of a file; empty when it cannot be read.
QByteArray readBytes(const QString &path);
// Removes every entry of the scratch folder whose name starts with `prefix`.
void removeScratch(const QString &prefix);

// A finding that is not a crash: a rule the code under test promises is broken. Prints the
// rule and the detail and aborts, so libFuzzer keeps the input as a crash file.
[[noreturn]] void fail(const char *rule, const QString &detail = {});
// The harness itself cannot go on (a seed store cannot be made): not a finding about the input.
[[noreturn]] void harnessBroken(const char *what, const Error &error);
template <typename T> void require(const Result<T> &result, const char *what)
{
    if (!result)
        harnessBroken(what, result.error());
}

} // namespace rd::fuzz
