#pragma once

#include "core/common/Result.h"
#include "core/domain/Huishouden.h"
#include "core/gemeente/Referentiedata.h"

#include <QGroupBox>

class QCheckBox;
class QLineEdit;

namespace rd {

class GemeenteCombo;
class VeldFout;
class VeldFouten;

// The four mandatory placement criteria (dwingende plaatsingscriteria), a row each: a check
// box that enables the gemeente (by name, stored as its code), the place and a note.
// Only the tie to a place is kept: the treatment row warns against medical details.
class CriteriaSectie : public QGroupBox
{
    Q_OBJECT
public:
    explicit CriteriaSectie(QWidget *parent = nullptr);

    void setGemeenten(const QList<Gemeente> &gemeenten);
    void setCriteria(const QList<PlaatsingsCriterium> &criteria);
    QList<PlaatsingsCriterium> criteria() const; // the checked rows, in the order of the enum
    // Errors valideer() cannot see: a gemeente name typed that names no gemeente.
    QList<Error> eigenFouten() const;

    void registreer(VeldFouten &fouten);
    QList<QWidget *> tabVolgorde() const;

signals:
    void gewijzigd(const QString &key);

private:
    struct Rij
    {
        CriteriumSoort soort;
        QCheckBox *aan = nullptr;
        GemeenteCombo *gemeente = nullptr;
        QLineEdit *plaats = nullptr;
        QLineEdit *toelichting = nullptr;
        VeldFout *fout = nullptr;
        VeldFout *gemeenteFout = nullptr;
    };
    static QString sleutel(CriteriumSoort soort, const char *veld = nullptr);
    void maakRij(CriteriumSoort soort, int gridRij);
    static void zetAan(const Rij &rij, bool aan);

    QList<Rij> m_rijen;
};

} // namespace rd
