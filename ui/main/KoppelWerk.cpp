#include "ui/main/KoppelWerk.h"

#include "core/koppeling/KoppelNaam.h"
#include "core/koppeling/KoppelReeks.h"
#include "core/koppeling/OntkoppelCommand.h"
#include "core/suggestie/SuggestieService.h"
#include "core/wachtrij/WachtrijService.h"
#include "core/werkbestand/Werkbestand.h"
#include "ui/koppeling/KoppelDialog.h"
#include "ui/koppeling/KoppelDoelTekst.h"
#include "ui/koppeling/KoppelHistoriePanel.h"
#include "ui/koppeling/KoppelPicker.h"
#include "ui/taakstelling/RegioBoardModel.h"
#include "ui/taakstelling/RegioBoardPanel.h"
#include "ui/wachtrij/WachtrijPanel.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QUndoStack>

namespace rd {

KoppelWerk::KoppelWerk(Werkbestand *bestand, WachtrijPanel *wachtrij, RegioBoardPanel *board,
                       KoppelHistoriePanel *historie, QWidget *venster)
    : QObject(venster), m_wachtrij(wachtrij), m_board(board), m_historie(historie),
      m_venster(venster), m_bestand(bestand)
{
    connect(m_board, &RegioBoardPanel::koppelVerzocht, this, &KoppelWerk::koppel);
    connect(m_historie, &KoppelHistoriePanel::ontkoppelGevraagd, this, &KoppelWerk::ontkoppel);
    connect(m_historie, &KoppelHistoriePanel::herkoppelGevraagd, this, &KoppelWerk::herkoppel);
}

KoppelWerk::~KoppelWerk() = default;

Store *KoppelWerk::store() const
{
    return m_bestand->store();
}

QUndoStack *KoppelWerk::undoStack() const
{
    return m_bestand->undoStack();
}

void KoppelWerk::koppel(const QList<qint64> &huishoudenIds, const KoppelDoel &doel)
{
    if (!store() || huishoudenIds.isEmpty() || !doel.isValid())
        return;
    QList<KoppelKandidaat> kandidaten;
    const WachtrijService wachtrij(*store());
    for (const qint64 id : huishoudenIds) {
        auto rij = wachtrij.rij(id, m_vandaag);
        if (!rij) {
            meldFout(rij.error().toString());
            return;
        }
        if (rij->has_value())
            kandidaten << KoppelKandidaat{id, (*rij)->vNummer, (*rij)->naam, (*rij)->personen};
    }
    KoppelDialog dialoog(*store(), kandidaten, doel, &m_board->model()->quota(), m_vandaag,
                         m_venster);
    const bool bevestigd = m_bevestig ? m_bevestig(dialoog) : dialoog.exec() == QDialog::Accepted;
    if (!bevestigd || !dialoog.kanBevestigen())
        return;

    // For a partnership: its name and the gemeente that will house, in the undo step and below.
    const QString doelTekst = koppeldoel::tekst(*store(), doel);
    auto *reeks =
        new KoppelReeks(*store(), dialoog.verzoeken(), doel.gemeenteCode, doel.partnerschapId,
                        dialoog.datum(), dialoog.reden(), doelTekst, m_vandaag);
    // The step lives on the work file's stack, possibly longer than this window's panels. The
    // panels hear what it did from the work file (Werkbestand::koppelGebeurtenissen).
    QPointer<KoppelWerk> werk(this);
    reeks->setFoutMelder([werk](const Error &fout) {
        if (werk)
            werk->meldFout(tr("Nothing was coupled (all or none): %1").arg(fout.toString()));
    });
    const int aantal = reeks->aantal();
    // Runs redo(); a refused step is dropped and deleted (its error went to the melder).
    if (m_bestand->voer(reeks))
        emit melding(
            koppelnaam::zin(tr("%n household(s) coupled to %1", nullptr, aantal).arg(doelTekst)));
}

void KoppelWerk::koppelAanGekozen()
{
    const QList<qint64> ids = m_wachtrij->geselecteerd();
    if (!store() || ids.isEmpty()) {
        emit melding(tr("Choose one or more households in the queue first."));
        return;
    }
    // One household: its region's targets in the order of the suggestions, each saying why.
    QList<PickerKeuze> keuzes = ids.size() == 1 ? gerangschikt(ids.first()) : QList<PickerKeuze>();
    const auto *model = m_board->model();
    const auto voegToe = [&](const QModelIndex &index) {
        const KoppelDoel doel = model->doelVoor(index);
        if (!doel.isValid())
            return;
        const QString voorAchter =
            model->index(index.row(), RegioBoardModel::VoorAchter, index.parent())
                .data()
                .toString();
        keuzes << PickerKeuze{doel, voorAchter};
    };
    const bool opBord = keuzes.isEmpty();
    for (int i = 0; opBord && i < model->rowCount(); ++i) {
        const QModelIndex groep = model->index(i, 0);
        voegToe(groep);
        for (int j = 0; j < model->rowCount(groep); ++j)
            voegToe(model->index(j, 0, groep));
    }
    KoppelPicker picker(keuzes, tr("Couple %n household(s) to…", nullptr, int(ids.size())),
                        m_venster);
    const bool gekozen = m_kies ? m_kies(picker) : picker.exec() == QDialog::Accepted;
    if (gekozen && picker.gekozen().isValid())
        koppel(ids, picker.gekozen());
}

QList<PickerKeuze> KoppelWerk::gerangschikt(qint64 huishoudenId) const
{
    const auto lijst =
        SuggestieService(*store()).voor(huishoudenId, m_vandaag, &m_board->model()->quota());
    QList<PickerKeuze> keuzes;
    if (!lijst) // the board's order then; the checks dialog still says what blocks
        return keuzes;
    const QLocale locale;
    for (const Suggestie &s : *lijst) {
        const KoppelDoel doel{s.doel.code, s.doel.partnerschapId, s.doel.naam}; // as the board
        const QString toelichting =
            s.geschikt() ? tr("suggestion %1 · score %2")
                               .arg(QString::number(s.rang), locale.toString(s.score, 'f', 2))
                         : tr("excluded: %1").arg(s.reden);
        keuzes << PickerKeuze{doel, toelichting};
    }
    return keuzes;
}

void KoppelWerk::ontkoppel(qint64 huishoudenId)
{
    if (!store() || huishoudenId <= 0)
        return;
    std::optional<QString> reden;
    if (m_vraagReden) {
        reden = m_vraagReden(tr("Reason for uncoupling"));
    } else {
        bool ok = false;
        const QString tekst =
            QInputDialog::getText(m_venster, tr("Uncouple"), tr("Reason for uncoupling:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            reden = tekst;
    }
    if (!reden)
        return;
    if (reden->trimmed().isEmpty()) {
        meldFout(tr("Uncoupling needs a reason."));
        return;
    }
    auto *commando = new OntkoppelCommand(*store(), huishoudenId, m_vandaag, *reden, m_vandaag);
    QPointer<KoppelWerk> werk(this);
    commando->setFoutMelder([werk](const Error &fout) {
        if (werk)
            werk->meldFout(tr("Not uncoupled: %1").arg(fout.toString()));
    });
    if (m_bestand->voer(commando)) // a refused step is dropped and deleted
        emit melding(tr("Uncoupled."));
}

void KoppelWerk::herkoppel(qint64 huishoudenId, const KoppelDoel &doel)
{
    koppel({huishoudenId}, doel);
}

void KoppelWerk::meldFout(const QString &tekst)
{
    if (m_meldFout)
        m_meldFout(tekst);
    else
        QMessageBox::warning(m_venster, tr("Coupling"), tekst);
}

} // namespace rd
