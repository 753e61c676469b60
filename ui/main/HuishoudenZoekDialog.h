#pragma once

#include "core/huishouden/HuishoudenZoeker.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace rd {

class Store;

// Find household (Ctrl+F): one search over every household of the store, waiting, coupled,
// housed or stopped, by a member's name, V-nummer or BSN. The list follows each keystroke;
// Up and Down move through it from the search field, Enter (or a double click) opens the
// household: the dialog emits gekozen() and closes.
class HuishoudenZoekDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HuishoudenZoekDialog(QWidget *parent = nullptr);

    void setStore(Store *store);
    void setVandaag(const QDate &vandaag) { m_vandaag = vandaag; }
    // Shows the dialog with the search field focused and its text selected.
    void toon();

    QLineEdit *zoekVeld() const { return m_veld; }
    QTreeWidget *lijst() const { return m_lijst; }
    QString meldingTekst() const;
    const QList<ZoekTreffer> &treffers() const { return m_treffers; }
    // The household of the current row; 0 when none.
    qint64 huidig() const;

    enum Kolom
    {
        Naam,
        VNummer,
        Personen,
        Status,
        Gemeente,
        Azc,
        Gevonden,
        KolomAantal
    };

public slots:
    void zoek();
    void kies(); // opens the current row's household

signals:
    void gekozen(qint64 huishoudenId);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString gevondenTekst(const ZoekTreffer &t) const;

    Store *m_store = nullptr;
    QDate m_vandaag = QDate::currentDate();
    QLineEdit *m_veld;
    QTreeWidget *m_lijst;
    QLabel *m_melding;
    QList<ZoekTreffer> m_treffers;
};

} // namespace rd
