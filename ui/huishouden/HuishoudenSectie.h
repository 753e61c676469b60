#pragma once

#include "core/domain/Huishouden.h"
#include "core/gemeente/Referentiedata.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace rd {

class DatumVeld;
class PersonenDelegate;
class PersonenModel;
class VeldFouten;

// The household part of the intake form: AZC, category, permit, BRP and reunification dates,
// and the persons table with Add and Remove.
class HuishoudenSectie : public QWidget
{
    Q_OBJECT
public:
    explicit HuishoudenSectie(QWidget *parent = nullptr);

    void setAzcs(const QList<Azc> &azcs);
    void setVandaag(const QDate &vandaag);
    void setHuishouden(const Huishouden &h); // the fields this part edits
    void vulIn(Huishouden &h) const;         // writes those fields into h

    void registreer(VeldFouten &fouten);
    QList<QWidget *> tabVolgorde() const;
    QWidget *eersteVeld() const;
    PersonenModel *model() const { return m_personen; }
    QTableView *tabel() const { return m_tabel; }

signals:
    void gewijzigd(const QString &key);
    void persoonVerwijderd(int row);

private:
    QWidget *metFout(QWidget *veld, const QString &key, const QString &label);
    QWidget *maakPersonen();
    void personenBewerkt(const QModelIndex &van, const QModelIndex &tot, const QList<int> &rollen);

    struct Registratie
    {
        QString key;
        QWidget *veld;
        class VeldFout *fout;
        QString naam;
    };
    QList<Registratie> m_registraties;
    QComboBox *m_azc;
    QComboBox *m_categorie;
    DatumVeld *m_vergunning;
    DatumVeld *m_brp;
    DatumVeld *m_herenigingVanaf;
    PersonenModel *m_personen;
    PersonenDelegate *m_delegate;
    QTableView *m_tabel = nullptr;
    QPushButton *m_voegToe = nullptr;
    QPushButton *m_verwijder = nullptr;
};

} // namespace rd
