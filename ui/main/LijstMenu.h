#pragma once

#include "ui/widgets/LijstActies.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace rd {

// The File menu's "Print list (queue)…", "Save list as PDF (queue)…" and "Export list as CSV
// (queue)…": they act on the list that has the focus or had it last (the first list until
// then) and say which in their text; enabled while that list is loaded.
class LijstMenu : public QObject
{
    Q_OBJECT
public:
    LijstMenu(QMenu *menu, const QList<LijstActies *> &lijsten, QObject *parent);

    LijstActies *actief() const { return m_actief; }
    void setActief(LijstActies *lijst);

    QAction *afdrukActie() const { return m_afdruk; }
    QAction *pdfActie() const { return m_pdf; }
    QAction *csvActie() const { return m_csv; }

    // The texts again (after a change of language or of the list's name).
    void werkBij();

private:
    QList<LijstActies *> m_lijsten;
    QPointer<LijstActies> m_actief;
    QAction *m_afdruk;
    QAction *m_pdf;
    QAction *m_csv;
};

} // namespace rd
