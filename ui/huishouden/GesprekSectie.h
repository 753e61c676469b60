#pragma once

#include "core/domain/Huishouden.h"
#include "core/gemeente/Referentiedata.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rd {

class DatumVeld;
class VeldFouten;

// The intake interview (huisvestinggesprek) part of the intake form: checkable, because a
// household can be entered before its interview took place. The placement criteria are
// kept apart (CriteriaSectie).
class GesprekSectie : public QGroupBox
{
    Q_OBJECT
public:
    explicit GesprekSectie(QWidget *parent = nullptr);

    void setAzcs(const QList<Azc> &azcs);
    // `standaardDatum` is where the interview date starts when there is no interview yet.
    void setGesprek(const std::optional<Huisvestinggesprek> &gesprek, const QDate &standaardDatum);
    std::optional<Huisvestinggesprek> gesprek() const; // without criteria

    void registreer(VeldFouten &fouten);
    QList<QWidget *> tabVolgorde() const;

    // An AZC choice: "(none)" first, then the locations by name; the data is the id.
    static void vulAzcCombo(QComboBox *combo, QList<Azc> azcs);
    static void kiesData(QComboBox *combo, const QVariant &data);

signals:
    void gewijzigd(const QString &key);

private:
    void voegRijToe(QFormLayout *form, const QString &key, const QString &label, QWidget *veld);

    QFormLayout *m_links = nullptr;
    QFormLayout *m_rechts = nullptr;
    DatumVeld *m_datum;
    QComboBox *m_azc;
    QLineEdit *m_tolkTaal;
    QSpinBox *m_nareizigers;
    QComboBox *m_status;
    QPlainTextEdit *m_woonbehoefte;
    QLineEdit *m_opleidingswens;
    QLineEdit *m_werkwens;
    QCheckBox *m_specifiek;
    QList<std::tuple<QString, QString, QWidget *, class VeldFout *>> m_rijen;
};

} // namespace rd
