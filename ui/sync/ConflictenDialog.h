#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rd {

// The conflicts with the team server (issue 16): each own change the server refused, beside
// the server's version, who made it and when, and each change of another this store could not
// make. A person takes the server's version or keeps theirs (made again on top of it, as a new
// change through the normal checks); nothing is resolved without that choice. It works on a
// connection of its own to the store, so the window shows what it did as changes made elsewhere.
class ConflictenDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictenDialog(const QString &storePad, const QString &gebruiker, QWidget *parent = nullptr);

    QTableWidget *tabel() const { return m_tabel; }
    // Resolves the selected row; false (and the reason under the table) when it was refused.
    bool los(bool neemServer);

private:
    void laad();

    QString m_pad;
    QString m_gebruiker;
    QTableWidget *m_tabel;
    QLabel *m_uitleg;
    QPushButton *m_server;
    QPushButton *m_mijn;
};

} // namespace rd
