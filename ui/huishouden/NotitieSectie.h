#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace rd {

class VeldFout;
class VeldFouten;

// The household's note in the intake form: free plain text for the regievoerder's own remarks
// (up to 2,000 characters, counted as typed), saved with the household. A hint under the field
// says what does not belong in it: medical data (the COA has no access to the medical file).
class NotitieSectie : public QWidget
{
    Q_OBJECT
public:
    explicit NotitieSectie(QWidget *parent = nullptr);

    void setNotitie(const QString &tekst);
    QString notitie() const;

    void registreer(VeldFouten &fouten);
    QList<QWidget *> tabVolgorde() const;
    QPlainTextEdit *veld() const { return m_veld; }
    QLabel *hint() const { return m_hint; }
    QLabel *teller() const { return m_teller; }

signals:
    void gewijzigd(const QString &key);

private:
    void werkTellerBij();

    QPlainTextEdit *m_veld;
    VeldFout *m_fout;
    QLabel *m_teller;
    QLabel *m_hint;
};

} // namespace rd
