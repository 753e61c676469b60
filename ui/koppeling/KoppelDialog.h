#pragma once

#include "core/koppeling/KoppelReeks.h"
#include "ui/koppeling/KoppelDoel.h"

#include <QDate>
#include <QDialog>
#include <QJsonObject>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;
class QTreeWidget;

namespace rd {

class Store;
struct TaakstellingOverzicht;

// A household offered for coupling, as the queue shows it.
struct KoppelKandidaat
{
    qint64 huishoudenId = 0;
    QString vNummer;
    QString naam;
    int personen = 0;
};

// What the regievoerder must weigh before a coupling commits (handbook 3.2): per household
// the blocking items and the warnings of KoppelingControle for the chosen target. A household
// with blocking items is coupled only with a written reason to override, or left out by
// unticking it. Nothing is written until the caller pushes verzoeken() as a KoppelReeks.
class KoppelDialog : public QDialog
{
    Q_OBJECT
public:
    KoppelDialog(Store &store, const QList<KoppelKandidaat> &kandidaten, const KoppelDoel &doel,
                 const TaakstellingOverzicht *quota, const QDate &vandaag,
                 QWidget *parent = nullptr);

    // The ticked households, each with the override reason when it has blocking items.
    QList<KoppelVerzoek> verzoeken() const;
    QString reden() const;
    QDate datum() const;
    const KoppelDoel &doel() const { return m_doel; }

    // For tests and the keyboard: the state that decides whether "Couple" may be pressed.
    bool kanBevestigen() const;
    int aantalBlokkerend() const; // ticked households with blocking items
    QStringList puntCodes(qint64 huishoudenId) const;
    void setAangevinkt(qint64 huishoudenId, bool aan);
    void setReden(const QString &reden);
    void setOverruleReden(const QString &reden);
    void setDatum(const QDate &datum);

private:
    void controleer();
    void werkKnoppenBij();
    // Also keeps the ranking of an eligible target for verzoeken() (m_suggestie).
    QString suggestieTekst(qint64 huishoudenId);

    Store &m_store;
    QList<KoppelKandidaat> m_kandidaten;
    KoppelDoel m_doel;
    const TaakstellingOverzicht *m_quota;
    QDate m_vandaag;
    QHash<qint64, QStringList> m_codes;     // per household: codes of the items found
    QHash<qint64, bool> m_blokkerend;       // per household: any blocking item
    QHash<qint64, bool> m_fout;             // per household: the checks could not run
    QHash<qint64, QJsonObject> m_suggestie; // per household: where the target ranks (alsJson)
    QTreeWidget *m_punten;
    QTextBrowser *m_details; // every item in full, wrapped: the tree's lines can be cut off
    QLineEdit *m_reden;
    QDateEdit *m_datum;
    QLabel *m_overruleUitleg;
    QPlainTextEdit *m_overrule;
    QLabel *m_samenvatting;
    QDialogButtonBox *m_knoppen;
};

} // namespace rd
