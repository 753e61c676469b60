#pragma once

#include "ui/koppeling/KoppelDoel.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace rd {

// One target the picker offers, with a line of figures to choose by.
struct PickerKeuze
{
    KoppelDoel doel;
    QString toelichting; // e.g. "behind 12 · pace 40"
};

// "Koppel aan…" (Ctrl+K): the keyboard way to choose a gemeente or partnership. Type to filter
// (name or code, diacritics ignored), arrows to move, Enter to choose.
class KoppelPicker : public QDialog
{
    Q_OBJECT
public:
    KoppelPicker(const QList<PickerKeuze> &keuzes, const QString &titel, QWidget *parent = nullptr);

    KoppelDoel gekozen() const;
    QLineEdit *zoekVeld() const { return m_zoek; }
    QListView *lijst() const { return m_lijst; }
    int zichtbaar() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &tekst);

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_zoek;
    QListView *m_lijst;
};

} // namespace rd
