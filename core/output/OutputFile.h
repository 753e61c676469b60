#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace rd {

// The one way the program writes a file for the user (exports, reports, letters, charts):
// whole or not at all, never over something it must not replace, and readable only by the user.
//
// open() checks the target (output::check: not the open store or its files, not a database,
// not a folder, device, pipe or socket, not an existing file unless `force`) and creates a
// temporary file beside the target (O_CREAT|O_EXCL, mode 0600 set with fchmod so the umask
// neither widens nor narrows it). commit() flushes it to disk (fsync), checks the target again,
// renames the temporary onto it and flushes the folder. Until then the target is untouched; on
// any failure, cancel() or destruction the temporary is removed. A replaced file ends up 0600
// as well, whatever mode it had.
//
// As a QIODevice it takes what a QPdfWriter or QImageWriter writes; save() does it for bytes.
class OutputFile : public QIODevice
{
    Q_OBJECT

public:
    OutputFile(const QString &path, bool force, QObject *parent = nullptr);
    ~OutputFile() override;

    // WriteOnly only. On false, error() says why (naming the file as given).
    bool open(OpenMode mode) override;
    // Closing without commit() cancels: the target stays as it was.
    void close() override;
    // Written front to back: no seeking.
    bool isSequential() const override { return true; }

    Status commit();
    void cancel();

    Error error() const;
    QString path() const { return m_path; }

    // `bytes` to `path` in one go.
    static Status save(const QString &path, const QByteArray &bytes, bool force);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void fail(const QString &message);
    void removeTemporary();
    bool openAnonymous(const QString &folder);
    bool openNamed(const QString &folder);
    Status giveName();

    QString m_path;     // as the user wrote it: every message names it so
    QString m_resolved; // where it ends up (output::resolve)
    // Beside m_resolved while writing. Empty while the file has no name at all (O_TMPFILE): a
    // writer killed then leaves nothing behind; it gets a name just before the rename.
    QString m_temporary;
    int m_fd = -1;
    bool m_force = false;
    std::optional<Error> m_error;
};

} // namespace rd
